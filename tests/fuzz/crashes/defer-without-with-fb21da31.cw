/* error: 7:5 case label after a defer, switch outside; note: 6:9 */
#include <stdio.h>
void f(int k)
{
    switch (k) {
        defer puts("deferred");
    case 1:
        puts("one");
    }
}
