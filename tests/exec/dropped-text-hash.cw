/* cwith drops some text (a 'return' it replaces, a deferred statement
 * that never runs) but keeps its line breaks and preprocessor lines. A
 * '#' first on a line inside a comment or a literal there, or after a
 * line splice, begins no preprocessor line; cwith copied such a line into
 * its output as one (the rest of the comment, then 'c); cwith_leave_(...'
 * on that line), which the compiler refused. Reported by an earlier fuzz
 * campaign (its inputs lost), reproduced by hand; the inputs of
 * fuzz/crashes/props-dropped-*-hash.cw put a #define of a with-statement
 * there (fuzz-props: the output did not translate again). */
#include "trace.h"

static int get(int c)
{
	with (res(1)) {
		return /* the value:
# not a directive */ c;
	}
	return -1;
}

static void never(int c)
{
	with (res(2)) {
		if (c) errdefer puts("a\
# not a directive");
		if (c) errdefer say("b" // a comment \
# not a directive either
		);
		if (c) errdefer say('\
#');
		say("body");
	}
}

int main(void)
{
	begin("return");
	sayi(get(7));
	end();
	begin("errdefer");
	never(1);
	end();
	return 0;
}
