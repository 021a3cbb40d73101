/* error: 12:5 a macro that opens a brace of its own; note: 4:9 */
#include <stdlib.h>
#include "cwith.h"
#define LOOP_BEGIN(n) for (int i_ = 0; i_ < (n); i_++) {
#define LOOP_END }

int count(int n, int stop)
{
    int k = 0;
    /* the break leaves the loop cwith cannot see, and the with-statement
     * with it: its exit would not run */
    LOOP_BEGIN(n)
        with (malloc(1) as p) {
            if (k == stop) break;
            k++;
        }
    LOOP_END
    return k;
}
