#line 1 "tests/golden/stray-paren-before-function.cw"
/* A stray ')' before a function (not C: gcc stops at it) stays where it
 * is; the return temporary's type is the function's, `int`, not `) int`. */
#include <stdio.h>
#include "cwith.h"
)
int main(void)
{ typedef int cwith_rett;
    { cwith_type_fopen const cwith1_fp = fopen("a", "r"); if (cwith_failed_fopen(cwith1_fp)) cwith_enter_failed("tests/golden/stray-paren-before-function.cw", 8, "fopen"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_fopen, "tests/golden/stray-paren-before-function.cw", 8, "fopen", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_fp, &cwith_jb1); if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_fopen const fp = cwith1_fp; (void)fp; {
        { cwith_rett cwith_ret = (1); cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_fp, 0); return cwith_ret; }
    } } cwith_done1:; } }
    return 0;
}
