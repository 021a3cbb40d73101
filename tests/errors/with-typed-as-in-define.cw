/* error: 7:20 with inside a #define, its item with a typed 'as' */
#include <stdlib.h>
#include "cwith.h"

/* was not seen as a with-statement ('as char *p' was not read as an item's
 * name): copied untranslated with exit 0 */
#define SCRATCH(n) with (malloc(n) as char *p)

int f(void)
{
    SCRATCH(16) {
        p[0] = 0;
        return p[0];
    }
    return -1;
}
