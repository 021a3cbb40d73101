/* error: 8:1 an #include in the scope of a defer; note: 7:5 */
#include <stdio.h>
#include "cwith.h"

int f(int a)
{
    defer puts("deferred");
#include "include-in-defer-scope.inc"
    return 0;
}
