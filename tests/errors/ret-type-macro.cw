/* error: 6:22 a word next to a type keyword may be a macro of a type word; note: 5:1 */
#include <stdlib.h>

unsigned MYLONG f(void)
{
    with (malloc(1)) return 7;
    return 0;
}
