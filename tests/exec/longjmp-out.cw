/* Scenarios 24/25: longjmp out of a with body skips the exit (documented
 * behaviour, like every peer: C defer TS, plain longjmp over
 * __attribute__((cleanup))).  The resource leaks: no X1, live=1.  A user
 * setjmp in a function that also uses with is accepted; that with is left
 * only normally here. */
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

int main(void)
{
	begin("longjmp out of body");
	if (setjmp(env) == 0) {
		body();
		say("not reached");
	} else {
		say("landed");
	}
	end();

	begin("setjmp beside a with");
	with (res(2)) say("normal");
	end();
	return 0;
}
