/* error: 7:25 break leaves a deferred statement; 11:16 return; note: 6:9 */
#include <stdio.h>
int f(int k)
{
    for (int i = 0; i < k; i++) {
        defer {
            if (i == 2) break;
            puts("deferred");
        }
    }
    defer {
        if (k) return 1;
    }
    return 0;
}
