/* error: 5:6 */
#include <stdlib.h>
/* a line splice inside a #define's name, and the macro holds the only
 * with-statement of the file: it would reach the compiler untranslated */
#defi\
ne HOLD with (malloc(1) as p) { }
void f(void)
{
    HOLD
}
