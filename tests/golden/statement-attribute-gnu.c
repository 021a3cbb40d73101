#line 1 "tests/golden/statement-attribute-gnu.cw"
/* GNU statement attributes before a statement in a function that holds a
 * with-statement: kept as written. A musttail return outside any with body
 * or defer scope runs no exits: it stays a tail call. */
#include <stdlib.h>
#include "cwith.h"
int g(int x);
int f(int x)
{
    { cwith_type_malloc const cwith1_p = malloc(4); if (cwith_failed_malloc(cwith1_p)) cwith_enter_failed("tests/golden/statement-attribute-gnu.cw", 9, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/statement-attribute-gnu.cw", 9, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; {
        switch (x) {
        case 1:
            x++;
            __attribute__((fallthrough));
        default:
            break;
        }
    } cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); } cwith_done1:; } }
    __attribute__((musttail)) return g(x);
}
