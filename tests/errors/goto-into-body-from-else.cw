/* error: 13:9 goto from a with's else into its body; note: 9:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    with (fopen("x", "r") as f) {
body:
        n = fgetc(f);
    } else {
        goto body;
    }
    return n;
}
