/* error: 8:47 with-statement inside a statement expression of an item; note: 8:5 */
#include <stdio.h>
#include "cwith.h"

int both(const char *p)
{
    int n = 0;
    with (fopen(p, "r") as a, fopen(({ int k; with (fopen(p, "r") as c) k = fgetc(c); k ? p : p; }), "r") as b) {
        n = fgetc(a) + fgetc(b);
    }
    with (fopen(p, "r") as a, fopen(({ defer puts("x"); p; }), "r") as b)
        n += fgetc(a) + fgetc(b);
    return n;
}
