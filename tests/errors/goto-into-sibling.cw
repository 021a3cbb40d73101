/* error: 10:9 goto into a sibling with body; note: 12:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    with (fopen("a", "r") as f) {
        goto other;
    }
    with (fopen("b", "r") as g) {
other:
        n = fgetc(g);
    }
    return n;
}
