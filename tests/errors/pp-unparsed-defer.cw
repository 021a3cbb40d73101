/* error: 11:1 a defer in a preprocessor branch that is not parsed */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

void use(int fast)
{
#ifdef FAST_PATH
    if (fast) {
        char *p = 0;
#else
    if (!fast) {
        char *p = malloc(16);
        defer free(p);
#endif
        printf("%p\n", (void *)p);
    }
}
