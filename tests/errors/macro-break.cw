/* error: 12:21 break inside an unknown macro block: is it a loop?; note: 9:9 */
#include "cwith.h"
#define for_each(i, n) for (i = 0; i < n; i++)

void f(int n)
{
    int i;
    for (;;) {
        with (malloc(1)) {
            for_each(i, n) {
                if (i == 3)
                    break;
            }
        }
    }
}
