#line 1 "tests/golden/define-in-if0-body.cw"
/* A #define in an `#if 0` group of a with-free body is dead text: its
 * macro is not known afterwards (the scanner does not read it), also when
 * the fast path skips the function. CHECK below is then an unknown macro,
 * trusted, and the with-statement is translated. */
#include <stdlib.h>
#include "cwith.h"

static int helper(int x)
{
#if 0
#define CHECK(c) if (!(c)) return -1
#endif
    return x;
}

int f(int n)
{
    { cwith_type_malloc const cwith1_p = malloc(4); if (cwith_failed_malloc(cwith1_p)) cwith_enter_failed("tests/golden/define-in-if0-body.cw", 18, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/define-in-if0-body.cw", 18, "malloc", cwith_site_magic }; cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; {
        (void)p;
        CHECK(n > 0);
    } cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); } cwith_done1:; } }
    return helper(n);
}
