/* error: 7:28 a trailing comma, a with-item missing after it */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    with (fopen("x", "r"), ) {
        puts("body");
    }
    return 0;
}
