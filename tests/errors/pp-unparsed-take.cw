/* error: 15:1 a cwith_take in a preprocessor branch that is not parsed */
/* As a defer there (errors/pp-unparsed-defer): the branch is copied as it
 * is, and `cwith_take(b)` was left for the compiler (undeclared), exit 0. */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

char *keep(int fast)
{
    char *r = NULL;
    with (malloc(16) as b) {
#ifdef FAST_PATH
        if (fast) {
            r = NULL;
#else
        if (!fast) {
            r = cwith_take(b);
#endif
            printf("%p\n", (void *)r);
        }
    }
    return r;
}
