#line 1 "tests/golden/self-include.cw"
/* A file that includes itself, as gcc's torture tests do (vprintf-1.c):
 * the "header" with a with-statement is the input, which is translated,
 * not a header the build step would leave untranslated. */
#ifndef SELF_INCLUDE_DONE
#define SELF_INCLUDE_DONE
#include <stdio.h>
#include "self-include.cw"
#else
int first(const char *path)
{ typedef int cwith_rett;
    { cwith_type_fopen const cwith1_f = fopen(path, "r"); if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed("tests/golden/self-include.cw", 11, "fopen"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_fopen, "tests/golden/self-include.cw", 11, "fopen", cwith_site_magic }; cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_f, &cwith_jb1); if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_fopen const f = cwith1_f; (void)f; 
{ { cwith_rett cwith_ret = (fgetc(f)); cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_f, 0); return cwith_ret; } } } cwith_done1:; } }
    return -1;
}
#endif
