/* error: 11:1 a label in an #else branch cwith does not parse, a goto from outside; note: 8:5 */
#include <stdlib.h>
#include "cwith.h"

int f(int k)
{
    if (k) goto in;             /* would enter the with body past the enter */
    with (malloc(1) as p) {
#ifdef FAST
        if (k) {
#else
        if (!k) { in: k = k ? 1 : 2;
#endif
            (void)p;
        }
    }
    return k;
}
