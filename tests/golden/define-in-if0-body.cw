/* A #define in an `#if 0` group of a with-free body is dead text: its
 * macro is not known afterwards (the scanner does not read it), also when
 * the fast path skips the function. CHECK below is then an unknown macro,
 * trusted, and the with-statement is translated. */
#include <stdlib.h>
#include "cwith.h"

static int helper(int x)
{
#if 0
#define CHECK(c) if (!(c)) return -1
#endif
    return x;
}

int f(int n)
{
    with (malloc(4) as p) {
        (void)p;
        CHECK(n > 0);
    }
    return helper(n);
}
