/* error: 11:9 a macro that jumps with goto; note: 5:9 */
#include <stdlib.h>
#include "cwith.h"
#define TRY(x) if ((x) < 0) goto fail
#define STEP(x) TRY(x)

int run(int a)
{
    with (malloc(16) as p) {
        (void)p;
        STEP(a);                /* through a second macro */
    }
    return 0;
fail:
    return -1;
}
