/* error: 10:9 goto from an outer with body into an inner one; note: 11:9 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    with (fopen("a", "r") as f) {
        goto inner;
        with (fopen("b", "r") as g) {
inner:
            n = fgetc(g);
        }
        n += fgetc(f);
    }
    return n;
}
