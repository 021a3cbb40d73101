/* error: 14:9 a jumping macro in the #else after an #elif 0; note: 5:9 */
#include <stdlib.h>
#include "cwith.h"

#define BAIL return 1

int f(void)
{
    with (malloc(1) as p) {
#ifdef CWITH_NOT_DEFINED
        (void)p;
#elif 0
#else
        BAIL;
#endif
    }
    return 0;
}
