/* error: 13:21 break inside a statement macro's block: is it a loop?; note: 10:9 */
#include "cwith.h"
#define G_STMT_START do
#define G_STMT_END while (0)

void f(int n)
{
    int i;
    for (i = 0; i < n; i++) {
        with (malloc(1)) {
            G_STMT_START {
                if (i == 3)
                    break;
            } G_STMT_END;
        }
    }
}
