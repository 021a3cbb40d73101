/* A block that ends in a statement macro without ';' (here one named
 * defer: before '}' that word is no defer statement) gets a ';' before the
 * code that closes its defers' scopes: `defer cwith_leave_(...)` would be
 * a defer statement to cwith translating the output again (or to a
 * compiler with defer). Found by the fuzzer ('{defer n;defer}',
 * tests/fuzz/crashes/defer-word-before-brace.cw). */
#include <stdio.h>
#include "cwith.h"
#define defer puts("macro");

void f(void)
{
    _Defer puts("deferred");
    puts("body");
    defer
}
