/* error: 15:1 a cwith_take split by a line splice in a preprocessor branch that is not parsed */
/* As errors/pp-unparsed-take, the word split by a line splice: it was not
 * seen in the branch, copied as it is, exit 0. */
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
            r = cwith_ta\
ke(b);
#endif
            printf("%p\n", (void *)r);
        }
    }
    return r;
}
