/* error: 15:17 the macro 'C' may leave the with-statement; note: 10:9; note: 13:9 */
#include <stdlib.h>
#include "cwith.h"

/* a pasting macro named without its arguments in another macro's text
 * (or passed as an argument, ID(CAT)(ret, urn)): its arguments come where
 * that macro is used, and are checked there (before: exit 0, `return -1`
 * made by the paste skipped the exit) */
#define CAT(a, b) a ## b
#define C CAT
int f(void)
{
        with (malloc(1) as p) {
                (void)p;
                C(ret, urn) -1;
        }
        return 0;
}
