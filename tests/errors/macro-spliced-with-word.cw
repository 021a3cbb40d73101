/* error: 7:14 */
#include <stdlib.h>
#include "cwith.h"
/* a with-statement and a defer in #defines, their keywords split by a
 * line splice: the build step does not expand macros, so each would
 * reach the compiler untranslated */
#define HOLD wi\
th (malloc(1) as p) { }
#define LATER(p) de\
fer free(p)
void f(void)
{
    HOLD
    char *q = malloc(1);
    LATER(q);
}
