#line 1 "tests/golden/lexical.cw"
/* CRLF line ends, digraphs, UTF-8, C23 digit separators, a splice. */
#include "cwith.h"
int res(int); int res_close(int);
CWITH_MANAGER(res, int, v < 0, res_close);
int f(void)
<% typedef int cwith_rett;
    int café = 1'000;
    { cwith_type_res const cwith1_r = res(café); if (cwith_failed_res(cwith1_r)) cwith_enter_failed("tests/golden/lexical.cw", 8, "res"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_res, "tests/golden/lexical.cw", 8, "res", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_r, &cwith_jb1); if (cwith_handles_res) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_res const r = cwith1_r; (void)r; <%
        if (r) { cwith_rett cwith_ret = (r<:0:> \
            + 1); cwith_leave_(&cwith_frame1); cwith_exit_res(&cwith1_r, 0); return cwith_ret; }
    %> cwith_leave_(&cwith_frame1); cwith_exit_res(&cwith1_r, 0); } cwith_done1:; } }
    return 0;
%>
