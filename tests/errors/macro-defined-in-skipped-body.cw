/* error: 24:9 a jump hidden in a macro #defined inside an earlier, skipped function body */
/* The fast path skips a with-free function whole, #define lines and all;
 * their macros must still be known when a later with body uses them,
 * with the note at the right line of the right #define. */
#include <stdlib.h>
#include "cwith.h"

static int helper(int x)
{
    /* a local macro, as sqlite and others write them */
#define CHECK(c) if (!(c)) return -1
    CHECK(x > 0);
#ifdef VERBOSE
#define TRACE(m) do { puts(m); } while (0)
#endif
    return x;
}

int f(int n)
{
    with (malloc(4) as p) {
        (void)p;
        TRACE("in");
        CHECK(n > 0);
    }
    return helper(n);
}
