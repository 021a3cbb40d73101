/* error: 8:23 outside a with body; note: 8:12 */
#include <stdlib.h>
#include "cwith.h"

void *f(size_t n)
{
    void *p = malloc(n);
    return cwith_take(p);
}
