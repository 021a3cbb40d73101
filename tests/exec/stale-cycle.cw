/* The runtime's safety net at a raise when a hidden jump left two nested
 * with-statements (README, Errors, "Safety net"): a `return` hidden in a
 * macro of a header the build step does not read leaves both bodies
 * without their exits (no X2, X1: live=2). The same function runs again
 * at the same stack address: its outer frame, pushed where the stale
 * outer one was, now points at the stale inner one, which still points at
 * it: the chain is a loop. A raise in that run must not walk the loop
 * (calling exits twice, or forever): the program stops (abort, status
 * 134) with "...: note: found when an error was raised here". */
#include <hidden-return.h>
#include "trace.h"

#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif

static int parse(int ok)
{
	with (res(1)) {
		with (res(2)) {
			CHECK(ok);
			if (ok == 2) cwith_raise(7, "in the second run");
			say("parsed");
		}
	}
	return 0;
}

static int (*volatile call_parse)(int) = parse;

int main(void)
{
	begin("hidden return");
	call_parse(0);
	end();

	begin("raise in the next run");
	call_parse(2);
	end();
	return 0;
}
