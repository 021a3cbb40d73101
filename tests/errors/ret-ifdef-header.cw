/* error: 10:22 type words split across #ifdef branches; note: 9:1 */
#include <stdlib.h>
#ifdef BIG
long
#else
short
#endif
f(void)
{
    with (malloc(1)) return 7;
    return 0;
}
