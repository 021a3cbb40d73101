/* __attribute__((cleanup)) variables in a with body: their cleanup runs
 * before the with's exit, at the end of the body and when a jump leaves
 * from outside their block. (A jump from inside their scope is refused:
 * errors/cleanup-attr-jump.cw.) A cleanup variable declared before the
 * with-statement, in the function's block or an inner one, is cleaned up
 * after the exit when a return leaves both. */
#include "trace.h"

static void cleanup_int(int *v)
{
	printf(" C%d", *v);
}

static int f(int stop)
{
	with (res(1)) {
		{
			int a __attribute__((cleanup(cleanup_int))) = 10;
			say("a");
			(void)a;
		}
		if (stop)
			return 7;
		int b __attribute__((cleanup(cleanup_int))) = 20;
		say("b");
		(void)b;
	}
	return 0;
}

static int g(int stop)
{
	int c __attribute__((cleanup(cleanup_int))) = 30;
	with (res(2)) {
		{
			if (stop)
				return 8;
		}
		say("g");
	}
	return c;
}

static int h(int stop)
{
	{
		int c __attribute__((cleanup(cleanup_int))) = 40;
		with (res(3)) {
			if (stop)
				return 9;
		}
		(void)c;
	}
	return 0;
}

int main(void)
{
	begin("fall-through");
	sayi(f(0));
	end();
	begin("return after the block");
	sayi(f(1));
	end();
	begin("declared before, function block");
	sayi(g(0));
	sayi(g(1));
	end();
	begin("declared before, inner block");
	sayi(h(1));
	end();
	return 0;
}
