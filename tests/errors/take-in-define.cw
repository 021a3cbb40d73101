/* error: 7:19 cwith_take inside a #define is not rewritten in build-step mode */
#include <stdlib.h>
#include "cwith.h"

/* was copied untranslated: exit 0, then the compiler failed on the
 * undeclared cwith_take */
#define STEAL(x) (cwith_take(x))

char *make(void)
{
    with (malloc(8) as char *p) {
        p[0] = 0;
        return STEAL(p);
    }
    return NULL;
}
