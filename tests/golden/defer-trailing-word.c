#line 1 "tests/golden/defer-trailing-word.cw"
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
    { volatile int cwith1_to; const cwith_error *cwith1_err = 0; cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_defer_exit_, "tests/golden/defer-trailing-word.cw", 13, "defer", cwith_site_magic }; if (0) { cwith1_run:; puts("deferred"); if (cwith1_to == 0) goto cwith1_end; cwith_defer_reraise_(cwith1_err); } cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_err, &cwith_jb1); if (cwith_unwinds_) { if (cwith_setjmp(cwith_jb1) != 0) { cwith1_to = -1; cwith_defer_unwinding_(cwith1_err); goto cwith1_run; } } {
    puts("body");
    defer;
 cwith_leave_(&cwith_frame1); cwith1_to = 0; goto cwith1_run; } cwith1_end:; } }
