/* error: 7:21 defer inside a #define is not expanded in build-step mode */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

/* was copied untranslated: exit 0, and the compiler then failed on 'defer' */
#define AUTOFREE(p) defer free(p)

void use(void)
{
    char *p = malloc(4);
    AUTOFREE(p);
    puts("use");
}
