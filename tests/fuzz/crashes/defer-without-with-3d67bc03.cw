/* error: 5:12 goto into the scope of a defer; note: 7:1 */
#include <stdio.h>
void f(int k)
{
    if (k) goto later;
    defer puts("deferred");
later:
    puts("body");
}
