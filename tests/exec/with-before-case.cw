/* A with-statement whose body cannot complete normally, right before a case
 * label: cwith tells the compiler that nothing gets past it (no
 * -Wimplicit-fallthrough, tests/warnings/shapes.cw) unless an exit can
 * handle an error, and then execution does go on into the next case. */
#include "trace.h"

static void work(int n)
{
	say("work");
	if (n > 0) cwith_raise(n, "work failed");
}

static int pick(int how, int n)
{
	switch (how) {
	case 1:
		with (res(1)) {
			work(n);
			return 10;
		}
	case 2:
		with (res(2), handler(3)) {     /* handler(3) handles errors */
			work(n);
			return 20;
		}
		/* fall through */
	case 3:
		with (handler(4))
			return 30;
		else
			return -30;
		/* fall through */
	case 4:
		with (handler(5), res(-6)) {
			return 40;
		} else {
			say("else");
			return -40;
		}
		/* fall through */
	default:
		say("default");
		return 0;
	}
}

int main(void)
{
	begin("one item, returns");
	sayi(pick(1, 0));
	end();

	begin("two items, returns");
	sayi(pick(2, 0));
	end();

	begin("handled: on into the next case");
	sayi(pick(2, 8));
	end();

	begin("else form, returns");
	sayi(pick(3, 0));
	end();

	begin("enter fails: the else returns");
	sayi(pick(4, 0));
	end();
	return 0;
}
