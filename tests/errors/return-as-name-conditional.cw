/* error: 10:13 returning the as name from a conditional; note: 8:24 */
/* A conditional or a comma hands out its operand: `return k ? p : NULL;`
 * returns the released p when k holds, as surely as `return p;` does. */
#include <stdlib.h>

char *either(int k)
{
    with (malloc(8) as p) {
        if (k > 1)
            return k > 2 ? p : NULL;
        if (k < 0)
            return k < -1 ? NULL : (p);
        return (char *)(k ? p : 0);
    }
    return NULL;
}

char *elvis(char *q)
{
    with (malloc(8) as p)
        return p ?: q;                  /* GNU: p when p is not null */
    return NULL;
}

char *comma(int k)
{
    with (malloc(8) as p)
        return (k++, p);
    return NULL;
}

int fine(int k)
{
    with (malloc(8) as p) {
        if (k) return p ? 1 : 0;        /* p decides; a number comes out */
        if (k > 3) return (p == NULL) ? 0 : k;
        return k ? (int)sizeof p : (p, 0);
    }
    return 0;
}

const char *literal(int k)
{
    with (malloc(8) as p)
        return k ? "p:p" : "?";         /* no p outside the quotes */
    return NULL;
}
