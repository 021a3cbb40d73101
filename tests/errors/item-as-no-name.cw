/* error: 7:29 `as` without a name */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    with (fopen("x", "r") as) {
        puts("body");
    }
    return 0;
}
