/* error: 12:30 'break' in a statement expression in the condition of a while statement; note: 11:9 */
#include <stdlib.h>
#include "cwith.h"

/* gcc takes this break out of the for loop (through the with-statement:
 * its exit runs), clang out of the while loop only (still inside it) */
int f(int c)
{
    int n = 0;
    for (;;) {
        with (malloc(1) as p) {
            while (({ if (c) break; n < 3; }))
                n++;
        }
        n++;
    }
    return n;
}
