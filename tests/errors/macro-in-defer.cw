/* error: 9:11 a macro that returns, as a deferred statement; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define CHECK(x) do { if (!(x)) return -1; } while (0)

int f(int a)
{
    defer CHECK(a);
    return 0;
}
