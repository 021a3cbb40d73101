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
{
	with (malloc(1) as p) {
		((char *)p)[0] = 0;
		return 7;
	}
	return 0;
}

#if 0
don't " /* either
#error don't /* nor here
#endif

static int run2(void)
{
	with (malloc(2) as q)
		return 8;
	return 0;
}

/* a line that ends the comment, should one have begun above: */
