/* error: 11:9 asm goto inside a with body; note: 9:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    with (fopen("x", "r") as f) {
        n = fgetc(f);
        asm goto ("jmp %l0" : : : : out);
    }
out:
    return n;
}
