/* Scenario 19: several items are nested withs: enter left to right, exit
 * right to left.  A later enter failing after earlier ones succeeded: the
 * earlier ones are exited (innermost first) BEFORE the else runs.  Each
 * item's `as` variable is visible to the items after it. */
#include "trace.h"

int main(void)
{
	begin("two");
	with (res(1) as a, res(2) as b) {
		sayi(a + b);
	}
	end();

	begin("three, mixed as");
	with (res(1), res(2) as b, res(3)) sayi(b);
	end();

	begin("later item uses earlier");
	with (res(4) as a, res(a + 1) as b) sayi(b);
	end();

	begin("second fails, else");
	with (res(1), res(-2)) say("not reached");
	else say("else");
	end();

	begin("third fails, else");
	with (res(1), res(2), res(-3), res(4)) say("not reached");
	else say("else");
	end();

	begin("first fails, others not entered");
	with (res(-1), res(2)) say("not reached");
	else say("else");
	end();

	begin("goto out");
	with (res(1), res(2), res(3)) {
		goto out;
	}
out:
	end();

	begin("same as nested");
	with (res(1))
		with (res(2))
			say("body");
	end();
	return 0;
}
