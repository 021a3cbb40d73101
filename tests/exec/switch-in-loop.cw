/* Scenario 9: a switch inside the with inside a loop.  continue (its loop
 * is outside the with): Xa.  break (its switch is inside the with): no
 * exit, the body goes on. */
#include "trace.h"

int main(void)
{
	int i;

	begin("continue and break");
	for (i = 0; i < 3; i++) {
		with (res(i + 1)) {
			switch (i) {
			case 0:
				continue;
			case 1:
				break;
			default:
				say("default");
				break;
			}
			say("after switch");
		}
		say("tail");
	}
	end();

	begin("while, continue from nested switches");
	i = 0;
	while (i < 2) {
		with (res(5)) {
			switch (i++) {
			case 0:
				switch (0) {
				case 0:
					continue;
				}
				break;
			}
			say("after");
		}
	}
	end();
	return 0;
}
