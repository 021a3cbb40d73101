/* error: 14:5 backward goto into a with body; note: 9:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    with (fopen("x", "r") as f) {
again:
        n += fgetc(f);
    }
    if (n < 10)
    goto again;
    return n;
}
