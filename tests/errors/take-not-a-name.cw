/* error: 8:16 takes the as name */
#include <stdlib.h>
#include "cwith.h"

char *f(size_t n)
{
    with (malloc(n) as p) {
        return cwith_take(p + 1);
    }
    return NULL;
}
