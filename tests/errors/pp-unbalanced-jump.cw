/* error: 10:1 a return in an #else branch cwith does not parse; note: 7:5 */
#include "cwith.h"

int f(int a, int b)
{
    int n = 0;
    with (malloc(1)) {
#ifdef FAST
        if (a) {
#else
        if (b) { return 1;
#endif
            n++;
        }
    }
    return n;
}
