/* Scenario 4: goto between labels inside the same with body, forward or
 * backward: no exit, no second enter. */
#include "trace.h"

int main(void)
{
	int n = 0;

	begin("forward");
	with (res(1)) {
		goto skip;
		say("not reached");
skip:
		say("skip");
	}
	end();

	begin("backward");
	with (res(2)) {
again:
		sayi(n);
		if (++n < 3)
			goto again;
	}
	end();

	begin("into a nested block of the same body");
	with (res(3)) {
		goto in;
		{
			say("not reached");
in:
			say("in");
		}
	}
	end();

	begin("inner body of nested withs");
	with (res(4)) {
		with (res(5)) {
			n = 0;
loop:
			if (n++ < 2)
				goto loop;
			sayi(n);
		}
	}
	end();
	return 0;
}
