/* error: 7:24 a storage class in the type after as */
#include <stdlib.h>
#include "cwith.h"

void f(void)
{
    with (malloc(8) as static char *buf)
        buf[0] = 0;
}
