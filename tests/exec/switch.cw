/* Scenario 7: a switch wholly inside a with body is fine (its case labels
 * and break do not touch the with); a with inside a case, then break: Xa,
 * then the switch ends.  A case label inside a body whose switch is outside
 * is an error: tests/errors/case-in-body.cw. */
#include "trace.h"

static void inside(int k)
{
	with (res(1)) {
		switch (k) {
		case 0:
			say("zero");
			break;
		case 1:
			say("one");
			break;
		default:
			say("default");
			break;
		}
		say("after switch");
	}
}

static void in_case(int k)
{
	switch (k) {
	case 0:
		with (res(2)) {
			say("zero");
			break;
		}
		say("not reached");
		break;
	case 1:
		with (res(3))
			break;
		say("not reached");
		break;
	default:
		with (res(4)) {
			with (res(5)) {
				if (k == 2)
					break;
				say("no break");
			}
			say("after inner");
		}
		break;
	}
	say("after switch");
}

int main(void)
{
	int k;

	for (k = 0; k < 3; k++) {
		begin("inside"); sayi(k); inside(k); end();
	}
	for (k = 0; k < 4; k++) {
		begin("in case"); sayi(k); in_case(k); end();
	}
	return 0;
}
