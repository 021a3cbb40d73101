/* Scenario 2: nested withs, goto to a label outside both: Ea Eb Xb Xa, then
 * the label.  Both forward (label after) and from a loop inside the body. */
#include "trace.h"

static void forward(void)
{
	with (res(1)) {
		with (res(2)) {
			say("body");
			goto out;
		}
		say("not reached");
	}
	say("not reached");
out:
	say("out");
}

static void from_loop(void)
{
	int i;
	with (res(1)) {
		for (i = 0; i < 10; i++) {
			with (res(2)) {
				sayi(i);
				if (i == 1)
					goto done;
			}
		}
	}
done:
	say("done");
}

int main(void)
{
	begin("forward"); forward(); end();
	begin("from loop"); from_loop(); end();
	return 0;
}
