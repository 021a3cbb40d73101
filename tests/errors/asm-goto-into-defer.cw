/* error: 7:37 asm goto to a label in the scope of a defer; note: 8:5 */
#include <stdio.h>
#include "cwith.h"

int f(int n)
{
    __asm__ goto ("jmp %l[in]" :::: in);
    defer puts("deferred");
in:
    return n;
}
