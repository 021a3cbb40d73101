/* error: 15:1 a return in an #else branch cwith does not parse, after the last statement of a defer's block; note: 10:9 */
#include <stdlib.h>
#include "cwith.h"

int f(int a, int b)
{
    int n = 0;
    {
        char *p = malloc(1);
        defer free(p);
        if (a) {
            n++;
#ifdef FAST
        }
#else
        } if (b) return 1;
#endif
    }
    return n;
}
