/* error: 12:29 a musttail return in a with body cannot be a tail call */
/* clang's [[clang::musttail]] makes a return a tail call, but a return in
 * a with body runs the exits after its value is computed: no tail call is
 * possible. The return became a block behind the attribute, and clang
 * rejected the output; now cwith says why. */
#include <stdlib.h>
#include "cwith.h"
int g(int x);
int f(int x)
{
    with (malloc(4) as p) {
        [[clang::musttail]] return g(x + (p != NULL));
    }
    return 0;
}
