/* CRLF line ends, digraphs, UTF-8, C23 digit separators, a splice. */
#include "cwith.h"
int res(int); int res_close(int);
CWITH_MANAGER(res, int, v < 0, res_close);
int f(void)
<%
    int café = 1'000;
    with (res(café) as r) <%
        if (r) return r<:0:> \
            + 1;
    %>
    return 0;
%>
