/* The runtime's safety net (README, Errors, "Safety net") in a nested
 * with-statement: a longjmp out of a callee's with body back into the body
 * of its caller's with-statement skips the callee's exit (no X2: live=2)
 * and leaves its frame on the chain.  The next with-statement entered in
 * that body stands where its enclosing item's frame must be on top
 * (cwith_enter_in_), finds the callee's frame instead, and stops the
 * program (abort, status 134) with "...: note: found when this
 * with-statement was entered" at its line.  body() is called through a
 * volatile pointer so that no compiler inlines it. */
#include <setjmp.h>
#include "trace.h"

static jmp_buf env;

static void body(void)
{
	with (res(2)) {
		say("body");
		longjmp(env, 1);
	}
}

static void (*volatile call_body)(void) = body;

int main(void)
{
	begin("longjmp out of a callee");
	with (res(1)) {
		if (setjmp(env) == 0)
			call_body();
		else
			say("landed");
		end();

		begin("the next with-statement");
		with (res(3)) say("not reached");
	}
	end();
	return 0;
}
