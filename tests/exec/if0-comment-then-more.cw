/* `#if 0 COMMENT + 1` (a comment after the 0, then more of the
 * condition) is `#if 0 + 1`, true: the group is compiled. cwith took any
 * 0 followed by a comment for `#if 0` and copied the group, its
 * with-statements included, untranslated with exit 0; the comment may
 * also run over lines (`#if 0 COMMENT || 1`). Found by reading. */
#include "trace.h"

#if 0 /* not only zero: */ + 1
static void first(void)
{
	begin("after #if 0 + 1");
	with (res(1)) say("body");
	end();
}
#else
static void first(void) { }
#endif

#if 0 /* a comment over
         two lines */ || 1
static void second(void)
{
	begin("after #if 0 || 1");
	with (res(2)) say("body");
	end();
}
#endif

#if 0 /* zero */ // comment
#error "not compiled"
#endif
#if 0 /* zero */ /* and zero */
#error "not compiled"
#endif

int main(void)
{
	first();
	second();
	return 0;
}
