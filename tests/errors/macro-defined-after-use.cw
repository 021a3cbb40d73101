/* error: 17:9 a macro that uses a name #defined as a returning macro after the macro's first check */
/* CHECK is followed at f1, where FAIL_IF is a function; FAIL_IF then
 * becomes a macro that returns: CHECK's use in f2 must be followed again
 * (it was remembered as jump-free: exit 0, the return skipped the exit).
 * Third audit. */
#include <stdlib.h>
#include "cwith.h"

static int FAIL_IF(int x) { return x; }
#define CHECK(x) FAIL_IF(x)

int f1(int v) { with (malloc(1) as p) { CHECK(v); } return 0; }

#define FAIL_IF(x) do { if (x) return -1; } while (0)

int f2(int v) { with (malloc(1) as p) {
        CHECK(v);
    } return 0; }
