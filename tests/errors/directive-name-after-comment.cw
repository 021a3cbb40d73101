/* error: 18:9 ; note: 11:10 */
#include <stdlib.h>
#include "cwith.h"
/* A directive's name, and a #define's macro name, may follow a comment or
 * a form feed (gcc and clang read all three #defines below). The first is
 * in a with-free body, which the fast path skips: it must give up there. */
int g(void)
{
# /**/ define CHECK(x) do { if (!(x)) return -1; } while (0)
    return 0;
#define NEED(x) do { if (!(x)) return -2; } while (0)
}
#define /* doc */ MUST(x) do { if (!(x)) return -3; } while (0)

int f(int v)
{
    with (malloc(1) as p) {
        NEED(v);
        MUST(v);
        CHECK(v);
    }
    return 0;
}
