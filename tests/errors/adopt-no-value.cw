/* error: 7:11 cwith_adopt needs a manager and a value */
#include <stdio.h>
#include "cwith.h"

void f(FILE *fp)
{
    with (cwith_adopt(fopen) as g) fputs("x", g);
    (void)fp;
}
