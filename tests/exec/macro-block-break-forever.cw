/* A with body that ends in `for (;;)` or `while (1)` cannot complete
 * normally only if no break leaves that loop. A break inside an unknown
 * macro's block (`FOO(x) { ... break; }`) leaves it when the macro is not
 * a loop (`#define WHEN(c) if (c)`): the body then ends and its exit must
 * run there (it was left out: E1 with no X1). When the macro is a loop,
 * the break leaves only the macro's loop and the exit runs on the return.
 * (README "The statement": exactly one exit per successful enter on every
 * path, the end of the body included.) */
#include "trace.h"

#define WHEN(c) if (c)
#define each(i, n) for (int i = 0; i < (n); i++)

static void when_break(void)
{
	with (res(1)) {
		for (;;) {
			WHEN(1) { break; }          /* an if: leaves the for (;;) */
		}
	}                                   /* X1 */
	say("after");
}

static void when_break_while(int k)
{
	with (res(2))
		while (1) {
			WHEN(k > 0) { break; }
			k++;
		}                               /* X2 */
	say("after");
}

static int each_break(void)
{
	int n = 0;
	with (res(3)) {
		for (;;) {
			each(i, 3) {
				if (i == 1) break;      /* leaves each only */
				n++;
			}
			if (n == 2) return n;       /* X3 */
		}
	}
	return -1;
}

int main(void)
{
	begin("when_break"); when_break(); end();
	begin("when_break_while"); when_break_while(-1); end();
	begin("each_break"); sayi(each_break()); end();
	return 0;
}
