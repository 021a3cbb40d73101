/* error: 9:36 a with-statement in a macro after an attribute or a parameter */
/* cwith looked for a with-statement or a defer in a #define only after
 * what ends a statement (';', '}', ')', ':'): after '[[...]]' or a
 * parameter ('PREFIXED(x) x with (...)') it was copied untranslated, exit
 * 0. Where no statement may begin, only what no expression can hold
 * counts (an 'as', a body after the items; a defer before a statement). */
#include <stdlib.h>
#include "cwith.h"
#define HOLD_ATTR [[maybe_unused]] with (malloc(1) as p) { }
#define PREFIXED(x) x with (malloc(1)) x;
#define LATER(x, p) x _Defer free(p)

void f(char *q)
{
    HOLD_ATTR
    PREFIXED()
    LATER(, q);
}
