/* error: 12:40 label 'out' is not in this nested function; note: 11:9 */
#include <stdlib.h>
#include "cwith.h"

/* GNU: a goto from a nested function to a label of the function around
 * it (a non-local goto) leaves the with-statement around the nested
 * function without its exit (before: exit 0, the exit skipped) */
int f(void)
{
        __label__ out;
        with (malloc(1) as p) {
                void jump(void) { goto out; }
                jump();
        }
        return 0;
out:
        return 1;
}
