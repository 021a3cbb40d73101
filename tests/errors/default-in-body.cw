/* error: 13:9 default label inside a with body whose switch is outside; note: 11:5 */
#include <stdio.h>
#include "cwith.h"

int f(int k)
{
    int n = 0;

    switch (k) {
    case 0:
    with (fopen("x", "r") as fp) {
        n = fgetc(fp);
        default:
        n++;
    }
    }
    return n;
}
