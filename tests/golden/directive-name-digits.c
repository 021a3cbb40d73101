#line 1 "tests/golden/directive-name-digits.cw"
/* A directive's name is an identifier, digits and all: `#if0` is an
 * unknown directive (gcc: "invalid preprocessing directive #if0"), not
 * `#if 0`. cwith read the name up to the digit, took the rest for a dead
 * group, and copied the with-statement below untranslated, exit 0. Now it
 * is translated (and the compiler reports the directive). */
#include <stdlib.h>
#include "cwith.h"
int f(int n)
{ typedef int cwith_rett;
#if0
    { cwith_type_malloc const cwith1_p = malloc(1); if (cwith_failed_malloc(cwith1_p)) cwith_enter_failed("tests/golden/directive-name-digits.cw", 11, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/directive-name-digits.cw", 11, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; { { cwith_rett cwith_ret = (n); cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); return cwith_ret; } } } cwith_done1:; } }
#endif
    return 0;
}
