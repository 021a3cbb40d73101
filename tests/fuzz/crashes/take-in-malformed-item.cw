/* cwith_take(NAME) in the call of a later item of the same with-statement
 * (README, Ownership: the scope of an item is its body and the calls of the
 * items after it): the value is handed to the next item, and the first
 * item's exit is cancelled on every path, also when the next enter fails. */
#include "trace.h"

int main(void)
{
	begin("handed to the next item");
	with (res(1) as a, res(cwith_take(a) + 1) at b) {
		sayi(b);
	}
	end();

	begin("the next enter fails");
	with (res(3) as a, res(cwith_take(a) - 10) as b) {
		sayi(b);
	} else {
		say("else");
	}
	end();

	begin("only in the body");
	with (res(5) as a, res(6) as b) {
		sayi(a + b);
	}
	end();
	return 0;
}
