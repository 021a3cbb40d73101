/* error: 12:31 a GNU musttail return in the scope of a defer */
/* `__attribute__((musttail))` before a statement (clang, gcc 15) was a
 * syntax error after a with-statement or defer; it is a statement
 * attribute like [[...]], and in a defer's scope the deferred statement
 * runs after the call: no tail call is possible. */
#include <stdio.h>
#include "cwith.h"
int g(int x);
int f(int x)
{
    defer puts("done");
    __attribute__((musttail)) return g(x);
}
