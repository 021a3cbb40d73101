/* The runtime's safety net at a raise (README, Errors, "Safety net"): a
 * longjmp out of a with body leaves its frame on the chain (no X1,
 * live=1); an error raised afterwards, with no with-statement entered in
 * between, finds that frame below the raising code's stack: instead of
 * calling the exit of a dead function's with-statement, the program stops
 * (abort, status 134) with "...: note: found when an error was raised
 * here" at the raise. */
#include <setjmp.h>
#include "trace.h"

static jmp_buf env;

static void body(void)
{
	with (res(1)) {
		say("body");
		longjmp(env, 1);
	}
}

static void (*volatile call_body)(void) = body;

int main(void)
{
	begin("longjmp out of body");
	if (setjmp(env) == 0)
		call_body();
	else
		say("landed");
	end();

	begin("raise");
	cwith_raise(5, "after the longjmp");
}
