/* error: 9:1 an #include inside a with body; note: 7:5 */
#include <stdlib.h>
#include "cwith.h"

int run(void)
{
    with (malloc(1) as p) {
        (void)p;
#include "body.inc"
    }
    return 0;
}
