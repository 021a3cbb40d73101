/* error: 15:17 the macro 'LOOP' may leave the with-statement (it holds a break); note: 9:9; note: 14:17 */
#include <stdlib.h>
#include "cwith.h"

/* GNU: a break in a statement expression in the header of a loop a macro
 * opens is not that loop's: gcc gives it to the loop around (here the
 * while, out of the with-statement), clang to the macro's loop (before:
 * taken for the macro's own, exit 0, the exit skipped under gcc) */
#define LOOP(c) for (; ({ if (c) break; 1; }); )
int f(int stop)
{
        int n = 0;
        while (n++ < 2) {
                with (malloc(1) as p) {
                LOOP(stop) { (void)p; }
                }
        }
        return n;
}
