/* error: 10:22 the return type is named 'with'; note: 9:1 */
/* A type named with (legal for an identifier) as a function's return
 * type: its return temporary's declaration `with (cwith_ret) = ...`
 * would read as a with-statement. Found by fuzz-props in CI. */
#include <stdlib.h>
typedef int with;

with (get)(int n)
{
    with (malloc(1)) return n;
    return 0;
}
