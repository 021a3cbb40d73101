/* Scenario 3: goto out of the inner with only, to a label still inside the
 * outer body: Ea Eb Xb ... Xa. */
#include "trace.h"

static void f(int again)
{
	with (res(1)) {
		with (res(2)) {
			say("inner");
			goto mid;
		}
		say("not reached");
mid:
		say("mid");
		if (again--) {
			with (res(3)) {
				goto mid;
			}
		}
	}
	say("after");
}

int main(void)
{
	begin("once"); f(0); end();
	begin("twice"); f(1); end();
	return 0;
}
