/* Scenarios 24/25: longjmp out of a with body skips the exit (documented
 * behaviour, like every peer: C defer TS, plain longjmp over
 * __attribute__((cleanup))).  The resource leaks: no X1, live=1.  The
 * frame of that with-statement stays on the thread's chain, in a function
 * that has returned: the runtime's safety net finds it when the next
 * with-statement is entered, and stops the program (abort, status 134)
 * with "...: note: found when this with-statement was entered" at the line
 * of that next with-statement (README, Errors, "Safety net").  body() is
 * called through a volatile pointer so that no compiler inlines it into
 * main (the net tells a dead function's frame by its stack address). */
#include <setjmp.h>
#include "trace.h"

static jmp_buf env;

static void jump(void)
{
	longjmp(env, 1);
}

static void body(void)
{
	with (res(1)) {
		say("body");
		jump();
		say("not reached");
	}
}

static void (*volatile call_body)(void) = body;

int main(void)
{
	begin("longjmp out of body");
	if (setjmp(env) == 0) {
		call_body();
		say("not reached");
	} else {
		say("landed");
	}
	end();

	begin("the next with-statement");
	with (res(2)) say("not reached");
	end();
	return 0;
}
