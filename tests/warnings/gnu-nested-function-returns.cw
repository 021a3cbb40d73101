/* A GNU nested function and the function around it both return a value
 * out of a with-statement: each names its return type for its temporaries,
 * and the inner name must not hide the outer one (-Wshadow). gcc only:
 * clang has no nested functions. */
#include <stdlib.h>
#include "cwith.h"

long outer(int k);

long outer(int k)
{
    int inner(int j)
    {
        with (malloc(1)) return j + 1;
        return 0;
    }
    with (malloc(1)) return inner(k) * 2L;
    return 0;
}
