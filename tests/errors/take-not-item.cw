/* error: 9:35 not the as name; note: 9:24 */
#include <stdlib.h>
#include "cwith.h"

void *f(size_t n)
{
    void *q = malloc(n);
    with (malloc(n) as p) {
        if (!q) return cwith_take(q);
        (void)p;
    }
    return q;
}
