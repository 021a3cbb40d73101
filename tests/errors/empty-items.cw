/* error: 7:11 `with ()` without any item */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    with () {
        puts("body");
    }
    return 0;
}
