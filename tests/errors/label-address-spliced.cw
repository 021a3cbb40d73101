/* error: 9:18 a line splice inside &&: the address of a label must be seen */
#include "cwith.h"

void f(int n)
{
    void *targets[2];
    targets[0] = &&out;
out:
    targets[1] = &\
&in;
    with (malloc(1)) {
    in:
        n--;
    }
    if (n) goto *targets[n & 1];
}
