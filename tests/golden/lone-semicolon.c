#line 1 "tests/golden/lone-semicolon.cw"
; /* an empty declaration first: the next declaration still begins at its
   own first token (the return type below), not at the ';' before these
   directives (the full parse read a header with preprocessor lines) */
#include <stdio.h>
#include "cwith.h"

int first_byte(const char *path)
{ typedef int cwith_rett;
    { cwith_type_fopen const cwith1_f = fopen(path, "r"); if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed("tests/golden/lone-semicolon.cw", 9, "fopen"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_fopen, "tests/golden/lone-semicolon.cw", 9, "fopen", cwith_site_magic }; cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_f, &cwith_jb1); if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_fopen const f = cwith1_f; (void)f; 
{ { cwith_rett cwith_ret = (fgetc(f)); cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_f, 0); return cwith_ret; } } } cwith_done1:; } }
    return -1;
}
