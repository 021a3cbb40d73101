/* Scenario 1: fall-through.  Ea body Xa, with and without `as`, and the
 * smallest bodies: an empty statement and an empty block. */
#include "trace.h"

int main(void)
{
	begin("as");
	with (res(1) as a) {
		sayi(a);
	}
	end();

	begin("no as");
	with (res(2)) {
		say("body");
	}
	end();

	begin("empty statement");
	with (res(3));
	end();

	begin("empty block");
	with (res(4)) {}
	end();

	begin("two in a row");
	with (res(5) as a) sayi(a);
	with (res(6) as a) sayi(a);
	end();

	begin("nested");
	with (res(1) as a) {
		with (res(2) as b) {
			sayi(a + b);
		}
		say("between");
	}
	end();
	return 0;
}
