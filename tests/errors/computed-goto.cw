/* error: 12:9 computed goto inside a with body; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    void *p = &&out;
    int n = 0;

    with (fopen("x", "r") as f) {
        n = fgetc(f);
        goto *p;
    }
out:
    return n;
}
