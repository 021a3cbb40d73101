/* error: 7:48 return inside a statement expression of an item; note: 7:5 */
#include <stdio.h>
#include "cwith.h"

int first(const char *a, const char *b)
{
    with (fopen(a, "r") as f, fopen(({ if (!b) return -1; b; }), "r") as g) {
        return fgetc(f) + fgetc(g);
    }
    return 0;
}
