/* inline-with-spliced.h: a with-statement in a header's function, its
 * keyword split by a line splice (header-with-in-function-spliced.cw): the
 * build step reads headers only for their #defines, so it would reach the
 * compiler untranslated. */
#include <stdlib.h>
#include "cwith.h"

static inline int first_byte(size_t n)
{
    wi\
th (malloc(n) as char *p) {
        p[0] = 7;
        return p[0];
    }
    return -1;
}
