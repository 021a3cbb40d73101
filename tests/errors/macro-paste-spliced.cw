/* error: 12:9 a paste written # line-splice #, its arguments making return; note: 5:9 */
#include <stdlib.h>
#include "cwith.h"
/* the ## is split by a line splice: still one ## for the preprocessor */
#define CAT(a, b) a #\
# b

int f(void)
{
    with (malloc(16) as p) {
        (void)p;
        CAT(ret, urn) 1;
    }
    return 0;
}
