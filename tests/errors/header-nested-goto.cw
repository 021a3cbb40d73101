/* error: 11:13 a header's macro that uses a nested header's goto macro; note: 10:9 */
#include <stdlib.h>
#include "cwith.h"
#include "headers/outer.h"

int run(int a)
{
    int r = 0;
    for (int i = 0; i < 2; i++) {
        with (malloc(4) as p) {
            STEP(a - i);
            r++;
        }
    }
    return r;
fail:
    return -1;
}
