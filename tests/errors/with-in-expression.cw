/* error: 6:13 with-statement inside an expression */
#include "cwith.h"

int f(void)
{
    int x = with (malloc(1) as p) 1;
    return x;
}
