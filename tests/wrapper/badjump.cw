/* A goto into a with body that only macro expansion shows: the wrapper's
 * error names this file and the macro's line of use. */
#include <stdlib.h>
#include "cwith.h"
#define RETRY goto again

int f(void)
{
    RETRY;
    with (malloc(1) as p) {
again:  return 1;
    }
}
