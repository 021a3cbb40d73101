#line 1 "tests/golden/lexical.cw"
/* CRLF line ends, digraphs, UTF-8, C23 digit separators, a splice. */
#include "cwith.h"
int f(void)
<%
    int café = 1'000;
    { cwith_type_res const cwith1_r = res(café); if (cwith_failed_res(cwith1_r)) cwith_enter_failed(__FILE__, 6, "res"); else { CWITH_ENTER(res, 1, cwith1_r) { cwith_type_res const r = cwith1_r; <%
        if (r) { int cwith_ret = (r<:0:> \
            + 1); CWITH_LEAVE(1); cwith_exit_res(&cwith1_r, 0); return cwith_ret; }
    %> CWITH_LEAVE(1); cwith_exit_res(&cwith1_r, 0); } } }
    return 0;
%>
