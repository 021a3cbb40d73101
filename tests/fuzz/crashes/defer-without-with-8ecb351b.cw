/* error: 6:5 defer right after a label */
#include <stdio.h>
void f(void)
{
again:
    defer puts("deferred");
    puts("body");
}
