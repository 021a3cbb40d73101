/* error: 10:13 returning 'p', which the with-statement releases; note: 8:24 */
/* The middle operand of a conditional is a whole expression, commas and
 * all: `k ? 0, p : NULL` is `k ? (0, p) : NULL`, and hands out the
 * released p when k holds. */
#include <stdlib.h>
char *middle(int k)
{
    with (malloc(8) as p) {
        if (k > 1)
            return k > 2 ? 0, p : NULL;
    }
    return NULL;
}
char *call_then_name(int k, char *(*f)(int))
{
    with (malloc(8) as p)
        return k ? f(1), p : NULL;
    return NULL;
}
