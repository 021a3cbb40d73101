/* error: 20:15 a macro reached through one of a cycle left unfinished earlier in the same pass; note: 13:9 */
/* S is followed after P, whose value was not final yet (the top of its
 * cycle, T, was still being followed): S must not take itself for the top
 * of a cycle and keep P's unfinished value (it was judged jump-free, exit
 * 0, and the return skipped the exit). Second audit of the fixed point. */
#include <stdlib.h>
#include "cwith.h"

static int T, P0, A0, S0;
#define T(x) (A(x) + S(x))
#define A(x) (P(x) + T(x)); if (x) return 7
#define P(x) A(x)
#define S(x) P(x)

static int f(int v)
{
    (void)T;
    with (malloc(1) as p) {
        v++;
        (void)S(v);
    }
    return 0;
}
