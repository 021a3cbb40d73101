/* Scenario 6 (the part that compiles): goto forward over a whole with, or
 * backward over it: neither E nor X.  Jumps INTO a body are errors, see
 * tests/errors/goto-into-*.cw. */
#include "trace.h"

int main(void)
{
	int n = 0;

	begin("forward over");
	goto over;
	with (res(1)) {
		say("not reached");
	}
over:
	say("over");
	end();

	begin("backward over");
back:
	if (n++ == 1) {
		say("back");
		goto out;
	}
	with (res(2)) {
		say("body");
	}
	goto back;
out:
	end();

	begin("over an else too");
	goto past;
	with (res(3))
		say("not reached");
	else
		say("not reached");
past:
	say("past");
	end();
	return 0;
}
