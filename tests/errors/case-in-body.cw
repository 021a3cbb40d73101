/* error: 11:9 case label inside a with body whose switch is outside; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

int f(int k)
{
    int n = 0;

    switch (k) {
    with (fopen("x", "r") as fp) {
        case 1:
            n = fgetc(fp);
    }
    }
    return n;
}
