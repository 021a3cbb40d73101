/* __attribute__((cleanup)) variables in a with body: their cleanup runs
 * before the with's exit, at the end of the body and when a jump leaves
 * from outside their block. (A jump from inside their scope is refused:
 * errors/cleanup-attr-jump.cw.) */
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

int main(void)
{
	begin("fall-through");
	sayi(f(0));
	end();
	begin("return after the block");
	sayi(f(1));
	end();
	return 0;
}
