/* A statement macro used without arguments (`forever { ... }`,
 * `G_STMT_START { ... } G_STMT_END`) may be a loop, as one used with
 * arguments may (`each(i, n) { ... }`): a break in its block may leave
 * only the macro's loop.  Its block was taken for a plain block: a
 * with-statement left by a break inside `forever` got no exit, and a with
 * body that ends in `forever { ...; break; }` was taken to end in a jump,
 * so its exit was left out (README "The statement": exactly one exit per
 * successful enter on every path). */
#include "trace.h"

#define forever for (;;)
#define G_STMT_START do
#define G_STMT_END while (0)

static void ends_in_forever(void)
{
	begin("ends in forever");
	with (res(1)) {
		forever {
			say("work");
			break;          /* leaves the for (;;): the body ends, X1 */
		}
	}
	end();
}

static void with_in_forever(int n)
{
	begin("with in forever");
	forever {
		with (res(2)) {
			if (n) break;   /* leaves the with and the for (;;): X2 */
			say("n=0");
		}
		say("once");
		break;
	}
	end();
}

static int stmt_macro_return(int n)
{
	begin("G_STMT_START return");
	with (res(3)) {
		G_STMT_START {
			if (n) return 7;    /* X3, then return */
			say("no return");
		} G_STMT_END;
		say("after");
	}
	return 0;
}

static void forever_with(void)
{
	int k = 0;
	begin("forever with");
	forever with (res(4)) {
		if (++k == 2) break;    /* X4, leaves the loop */
		sayi(k);
	}
	end();
}

int main(void)
{
	ends_in_forever();
	with_in_forever(1);
	with_in_forever(0);
	sayi(stmt_macro_return(1)); end();
	sayi(stmt_macro_return(0)); end();
	forever_with();
	return 0;
}
