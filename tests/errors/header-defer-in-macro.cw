/* error: 9:5 a header's macro holds a defer statement */
#include <stdio.h>
#include "cwith.h"
#include "headers/autofree.h"

void use(void)
{
    char *p = malloc(4);
    AUTOFREE(p);
    puts("use");
}
