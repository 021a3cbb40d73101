/* error: 8:1 the deferred statement chosen by #ifdef; note: 7:5 */
#include <stdio.h>
#include "cwith.h"

void run(void)
{
    defer
#ifdef QUIET
        puts("quiet");
#else
        puts("deferred");
#endif
    puts("body");
}
