/* A return inside a statement expression inside another return's value
 * (semantics: each return computes its value, then runs the exits from
 * the innermost out, once each): each keeps its value in a temporary of
 * its own, and those temporaries never hide the program's names, here a
 * global named like the inner one would be (cwith_ret2). */
#include "trace.h"

static int cwith_ret2 = 100;

static int pick(int early)
{
	with (res(1)) {
		return ({
			int v = 5;
			with (res(2)) {
				if (early) return cwith_ret2 + early;
				v = 7;
			}
			v;
		}) + 10;
	}
	return -1;      /* not reached (tcc cannot tell) */
}

int main(void)
{
	begin("inner return");
	sayi(pick(3));
	end();

	begin("outer return");
	sayi(pick(0));
	end();
	return 0;
}
