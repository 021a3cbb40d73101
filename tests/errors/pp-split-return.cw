/* error: 10:1 a return split by #ifdef; note: 9:9 */
#include <stdlib.h>
#include "cwith.h"

int pick(int a, int b)
{
    with (malloc(1) as p) {
        (void)p;
        return
#ifdef USE_A
            a;
#else
            b;      /* was copied as the statement `b;`: no return, no exit */
#endif
    }
    return 0;
}
