/* error: 9:5 goto into a with body from outside; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    goto inside;
    with (fopen("x", "r") as f) {
inside:
        n = fgetc(f);
    }
    return n;
}
