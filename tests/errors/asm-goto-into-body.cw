/* error: 10:38 asm goto to a label inside a with body; note: 11:5 */
#include "cwith.h"

int f(int n)
{
    if (n)
        goto out;
    /* the asm goto is outside the with body, its label inside: a jump in
     * that skips the enter (the exit would then run on a value never entered) */
    asm goto ("jmp %l0" : : : : out, inside);
    with (malloc(1)) {
    inside:
        n--;
    }
out:
    return n;
}
