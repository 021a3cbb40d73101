/* error: 11:1 a jumping macro in an #else branch cwith does not parse; note: 8:5 */
#include <stdlib.h>
#include "cwith.h"
#define BAIL return 1

int f(int a, int b)
{
    with (malloc(1) as p) {
#ifdef FAST
        if (a) {
#else
        if (b) { BAIL;
#endif
            (void)p;
        }
    }
    return 0;
}
