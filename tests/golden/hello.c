#line 1 "tests/golden/hello.cw"
/* hello.cw: Python's
 *     with open('hello.txt', 'w') as f:
 *         f.write('Hello World!')
 * in C with cwith. Build: cwith hello.cw -o hello.c && cc hello.c cwith.c */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    { cwith_type_fopen const cwith1_f = fopen("hello.txt", "w"); if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed("tests/golden/hello.cw", 10, "fopen"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_fopen, "tests/golden/hello.cw", 10, "fopen", cwith_site_magic }; cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_f, &cwith_jb1); if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_fopen const f = cwith1_f; (void)f; {
        fputs("Hello World!\n", f);
    } cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_f, 0); } cwith_done1:; } }                               /* f is closed here */
    return 0;
}
