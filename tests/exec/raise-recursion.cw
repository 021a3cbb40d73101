/* Recursion: one with-statement per frame; an error raised at the bottom
 * runs the exits from the bottom up (E3 E2 E1 X1 X2 X3), each once. Then
 * raises after return, break and goto left with-statements: the chain
 * must not point at their dead frames. */
#include "trace.h"

static void down(int n)
{
	with (guard(n)) {
		if (n == 1) cwith_raise(8, "bottom");
		down(n - 1);
	}
}

static int leave_by_return(void)
{
	with (guard(5)) return 1;
	return 0;
}

static void leave_by_break_and_goto(void)
{
	for (;;) {
		with (guard(6)) break;
	}
	with (guard(7)) goto out;
out:
	say("left");
}

int main(void)
{
	cwith_error e;

	begin("recursion");
	with (catch_error(&e)) down(3);
	sayi(e.code);
	end();

	begin("raise after return, break, goto left with-statements");
	with (catch_error(&e), guard(1)) {
		sayi(leave_by_return());
		leave_by_break_and_goto();
		cwith_raise(9, "later");
	}
	sayi(e.code);
	end();

	begin("raise with no with-statement active is uncaught");
	cwith_raise(4, "top level");
	return 0;
}
