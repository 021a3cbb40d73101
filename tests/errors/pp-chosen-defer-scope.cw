/* error: 8:1 a loop's body chosen by #ifdef, a defer in the later branch; note: 11:9 */
#include <stdio.h>
#include "cwith.h"

void each(int n)
{
    for (int i = 0; i < n; i++)
#ifdef QUIET
        (void)i;
#else
        defer printf("%d\n", i);        /* the body: runs at once, each time */
#endif
    puts("done");
}
