/* An exit that handles an error raised in the body: execution goes on after
 * the with-statement, and its `else` does not run (the else is only for a
 * failed enter). Issue: with gcc -O1 and above the success flag, set after
 * setjmp and read after longjmp, was indeterminate and the else ran too.
 * Also a jump out after the handled error, and a failed enter for contrast. */
#include "trace.h"

static void work(int n)
{
	say("work");
	if (n > 0) cwith_raise(n, "work failed");
}

static int twice(int n)
{
	int k;
	for (k = 0; k < 2; k++) {
		with (handler(1), res(2)) {
			work(n);
			say("not reached");
		} else {
			say("else");
		}
		say("after");
	}
	return k;
}

int main(void)
{
	begin("handled, no else");
	with (handler(1)) {
		work(7);
		say("not reached");
	} else {
		say("else");
	}
	say("after");
	end();

	begin("two items, handled twice");
	sayi(twice(3));
	end();

	begin("no error");
	with (handler(1)) {
		work(0);
	} else {
		say("else");
	}
	say("after");
	end();

	begin("enter fails");
	with (handler(1), res(-2)) {
		say("not reached");
	} else {
		say("else");
	}
	say("after");
	end();
	return 0;
}
