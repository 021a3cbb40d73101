/* error: 12:13 case label in an inner with body, switch in the outer body; note: 11:9 */
#include <stdio.h>
#include "cwith.h"

int f(int k)
{
    int n = 0;

    with (fopen("a", "r") as a) {
        switch (k) {
        with (fopen("b", "r") as b) {
            case 1:
                n = fgetc(a) + fgetc(b);
        }
        }
    }
    return n;
}
