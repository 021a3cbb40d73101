/* The runtime's safety net (README, Errors, "Safety net"): a `return`
 * hidden in a macro of a header the build step does not read leaves a
 * with body without its exit (no X1: live=1), and its frame stays on the
 * chain.  When the same function runs again, its with-statement pushes a
 * frame at the same stack address as the stale one: the program stops
 * there (abort, status 134) naming that with-statement, instead of making
 * the chain a loop.  parse() is called through a volatile pointer so that
 * no compiler inlines it. */
#include <hidden-return.h>
#include "trace.h"

/* gcc 12 sees the hidden return too: "storing the address of local
 * variable 'cwith_frame1' in 'cwith_top_'" (-Wdangling-pointer, -Werror
 * here); the point is what happens at run time. */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif

static int parse(int ok)
{
	with (res(1)) {
		CHECK(ok);
		say("parsed");
	}
	return 0;
}

static int (*volatile call_parse)(int) = parse;

int main(void)
{
	begin("parse ok");
	call_parse(1);
	end();

	begin("hidden return");
	call_parse(0);
	end();

	begin("parse again");
	call_parse(1);
	end();
	return 0;
}
