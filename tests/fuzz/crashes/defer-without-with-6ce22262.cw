/* error: 5:12 goto into a deferred statement; note: 6:5 */
#include <stdio.h>
void f(int k)
{
    if (k) goto inside;
    defer {
inside:
        puts("deferred");
    }
}
