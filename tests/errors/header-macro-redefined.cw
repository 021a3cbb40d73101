/* error: 16:9 a macro redefined after a header's with-statement definition */
/* The build step unites a name's #defines (#if is not evaluated): CHECK's
 * header definition holds a with-statement, so the use is refused as one;
 * it was skipped by the jump check (left to the header check) and missed by
 * the header check (which read the last definition only): exit 0, and the
 * return skipped the exit. Third audit. */
#include <stdlib.h>
#include "cwith.h"
#include "headers/old-check.h"
#undef CHECK
#define CHECK(x) do { if (x) return -1; } while (0)

static int f(int v)
{
    with (malloc(1) as p) {
        CHECK(v);
    }
    return 0;
}
