/* Scenario 5: a label before the with, goto to it from inside the body:
 * Ea Xa Ea Xa ...  (each pass through the with enters and exits once). */
#include "trace.h"

int main(void)
{
	int n = 0;

	begin("single");
top:
	with (res(1)) {
		if (++n < 3)
			goto top;
	}
	end();

	begin("nested, from the inner body");
	n = 0;
again:
	with (res(1)) {
		with (res(2)) {
			if (++n < 2)
				goto again;
			say("last");
		}
	}
	end();
	return 0;
}
