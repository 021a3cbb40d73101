/* error: 15:9 a header #imported in a with-free function's body is read too; note: 13:5 */
#include <stdlib.h>
#include "cwith.h"

static int setup(void)
{
#import "header-check.h"
    return 0;
}

int run(int a)
{
    with (malloc(4) as p) {
        (void)p;
        CHECK(a > 0);
    }
    return setup();
}
