/* A stray ')' before a function (not C: gcc stops at it) stays where it
 * is; the return temporary's type is the function's, `int`, not `) int`. */
#include <stdio.h>
#include "cwith.h"
)
int main(void)
{
    with (fopen("a", "r") as fp) {
        return 1;
    }
    return 0;
}
