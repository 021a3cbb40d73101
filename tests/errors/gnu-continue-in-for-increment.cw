/* error: 11:42 'continue' in a statement expression in the header of a for statement; note: 10:20 */
#include <stdlib.h>
#include "cwith.h"

/* gcc: the next round of the outer loop (the with-statement left);
 * clang: the next round of the inner for loop, inside the with body */
int f(int c)
{
    int n = 0;
    while (n < 10) with (malloc(1) as p) {
        for (int k = 0; k < 3; ({ if (c) continue; k++; }))
            n++;
    }
    return n;
}
