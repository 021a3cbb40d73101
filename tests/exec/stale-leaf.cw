/* The runtime's safety net (README, Errors, "Safety net") does not look at
 * the entry of a with-statement whose body makes no call (nothing there
 * can raise or walk the chain; cwith_enter_leaf_): after a longjmp out of
 * a with body (no X1: live=1) such a with-statement runs as usual, and the
 * next one whose body makes a call finds the frame left behind and stops
 * the program (abort, status 134) with "...: note: found when this
 * with-statement was entered" at its line.  body() is called through a
 * volatile pointer so that no compiler inlines it. */
#include <setjmp.h>
#include "trace.h"

static jmp_buf env;
static int n;

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

	begin("a body that makes no call");
	with (res(2)) n++;
	sayi(n);
	end();

	begin("the next with-statement");
	with (res(3)) say("not reached");
	end();
	return 0;
}
