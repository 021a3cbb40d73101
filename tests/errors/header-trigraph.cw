/* error: 5:10 a header read by the build step that holds a trigraph */
#include <stdlib.h>
#include "cwith.h"
/* with -std=c99 or -trigraphs, the compiler reads a #define BAIL there */
#include "headers/trigraph-bail.h"

int f(void)
{
    with (malloc(1) as p) {
        (void)p;
        BAIL;
    }
    return 0;
}
