/* error: 16:28 a break with no loop or switch that cwith can see; note: 15:9 */
/* A loop opened by a macro of a header the build step does not read
 * (<...>): the break inside the with-statement leaves it, and its exit
 * would be skipped. A break that no loop encloses is an error for the
 * compiler anyway, so one that cwith cannot place is refused. */
#include <stdlib.h>
#include <sys/hidden_loop.h>        /* LOOP_BEGIN(n) for (...) {  LOOP_END } */
#include "cwith.h"

int count(int n, int stop)
{
    int k = 0;
    LOOP_BEGIN(n)
        k++;
        with (malloc(1) as p) {
            if (k == stop) break;
            if (k < 0) continue;
        }
    LOOP_END
    return k;
}

int plain(int n)
{
    LOOP_BEGIN(n)
        if (n > 3) break;           /* no with-statement around: the compiler's */
    LOOP_END
    return n;
}
