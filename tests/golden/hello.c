#line 1 "tests/golden/hello.cw"
/* hello.cw: Python's
 *     with open('hello.txt', 'w') as f:
 *         f.write('Hello World!')
 * in C with cwith. Build: cwith hello.cw -o hello.c && cc hello.c cwith.c */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    { cwith_type_fopen const cwith1_f = fopen("hello.txt", "w"); if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed(__FILE__, 10, "fopen"); else { CWITH_ENTER(fopen, 1, cwith1_f) { cwith_type_fopen const f = cwith1_f; {
        fputs("Hello World!\n", f);
    } CWITH_LEAVE(1); cwith_exit_fopen(&cwith1_f, 0); } } }                               /* f is closed here */
    return 0;
}
