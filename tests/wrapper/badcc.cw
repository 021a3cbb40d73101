/* A deliberate compile error on line 9: the compiler's message names this
 * file and line, not a temporary file. */
#include <stdlib.h>
#include "cwith.h"

int f(void)
{
    with (malloc(1) as p) {
        return undeclared_name;
    }
    return 0;
}
