#line 1 "tests/golden/unclosed-quote.cw"
/* An unclosed quote (an apostrophe or a lone " in #if 0 text or in a
 * directive) runs to the end of its line, as the compiler reads it: a
 * comment does not begin inside it. Were the comment read, it would hide
 * the #endif and the with-statement after it, which would be copied
 * untranslated. (Compilers warn about such quotes even in #if 0 text, so
 * this is a golden test, not an execution test.) */
#include "cwith.h"

#if 0
it's not compiled /* so this is no comment
#endif

static int run(void)
{ typedef int cwith_rett;
	{ cwith_type_malloc const cwith1_p = malloc(1); if (cwith_failed_malloc(cwith1_p)) cwith_enter_failed("tests/golden/unclosed-quote.cw", 15, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/unclosed-quote.cw", 15, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; {
		((char *)p)[0] = 0;
		{ cwith_rett cwith_ret = (7); cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); return cwith_ret; }
	} } cwith_done1:; } }
	return 0;
}

#if 0
don't " /* either
#error don't /* nor here
#endif

static int run2(void)
{ typedef int cwith_rett;
	{ cwith_type_malloc const cwith2_q = malloc(2); if (cwith_failed_malloc(cwith2_q)) cwith_enter_failed("tests/golden/unclosed-quote.cw", 29, "malloc"); else { cwith_frame cwith_frame2; jmp_buf cwith_jb2; static const cwith_site cwith_site2 = { cwith_exit_any_malloc, "tests/golden/unclosed-quote.cw", 29, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame2, &cwith_site2, &cwith2_q, &cwith_jb2); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb2) != 0) goto cwith_done2; } { cwith_type_malloc const q = cwith2_q; (void)q; 
{ { cwith_rett cwith_ret = (8); cwith_leave_(&cwith_frame2); cwith_exit_malloc(&cwith2_q, 0); return cwith_ret; } } } cwith_done2:; } }
	return 0;
}

/* a line that ends the comment, should one have begun above: */
