/* error: 9:5 goto into a with body, the label spelt with a line splice; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    goto inside;
    with (fopen("x", "r") as f) {
ins\
ide:
        n = fgetc(f);
    }
    return n;
}
