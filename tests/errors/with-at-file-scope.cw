/* error: 5:1 with-statement outside a function */
#include <stdio.h>
#include "cwith.h"

with (fopen("x", "r") as f) {
    fgetc(f);
}

int main(void)
{
    return 0;
}
