#line 1 "tests/golden/statement-prefix.cw"
/* [[...]] and _Pragma(...) before a braceless with body, an else branch
 * and a deferred statement stay where they were written. */
#include "cwith.h"

int f(int n)
{ typedef int cwith_rett;
	{ { cwith_type_malloc const cwith1_p = malloc(1); if (cwith_failed_malloc(cwith1_p)) { goto cwith_else1; } else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/statement-prefix.cw", 7, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; { [[]] { cwith_rett volatile cwith_ret = (n); cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); return cwith_ret; } } } cwith_done1:; } }
	if (0) { cwith_else1:; [[]] return -1; } }
	{ volatile int cwith2_to; const cwith_error *cwith2_err = 0; cwith_frame cwith_frame2; jmp_buf cwith_jb2; cwith_rett volatile cwith2_ret; static const cwith_site cwith_site2 = { cwith_defer_exit_, "tests/golden/statement-prefix.cw", 9, "defer", cwith_site_magic }; if (0) { cwith2_run:; _Pragma("GCC diagnostic push") n++; if (cwith2_to == 1) { return cwith2_ret; } cwith_defer_reraise_(cwith2_err); } cwith_enter_(&cwith_frame2, &cwith_site2, &cwith2_err, &cwith_jb2); if (cwith_unwinds_) { if (cwith_setjmp(cwith_jb2) != 0) { cwith2_to = -1; cwith_defer_unwinding_(cwith2_err); goto cwith2_run; } } {
	{ cwith_type_malloc const cwith3 = malloc(2); if (cwith_failed_malloc(cwith3)) cwith_enter_failed("tests/golden/statement-prefix.cw", 10, "malloc"); else { cwith_frame cwith_frame3; jmp_buf cwith_jb3; static const cwith_site cwith_site3 = { cwith_exit_any_malloc, "tests/golden/statement-prefix.cw", 10, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame3, &cwith_site3, &cwith3, &cwith_jb3); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb3) != 0) goto cwith_done3; } { { [[gnu::unused]] L: n++; } cwith_leave_(&cwith_frame3); cwith_exit_malloc(&cwith3, 0); } cwith_done3:; } }
	{ cwith_rett volatile cwith_ret = (n); cwith_leave_(&cwith_frame2); cwith2_ret = cwith_ret; cwith2_to = 1; goto cwith2_run; }
 } } }
