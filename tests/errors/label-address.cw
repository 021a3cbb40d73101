/* error: 9:20 address of a label inside a with body; note: 10:5 */
#include "cwith.h"

void f(int n)
{
    void *targets[2];
    targets[0] = &&out;
out:
    targets[1] = &&in;
    with (malloc(1)) {
    in:
        n--;
    }
    if (n) goto *targets[n & 1];
}
