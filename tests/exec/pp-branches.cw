/* Whole statements in #ifdef branches inside a with body are translated
 * in each branch: whichever the compiler keeps runs its exits. (A statement
 * split by a branch is refused: errors/pp-split-return.cw.) */
#include "trace.h"

static int pick(int a, int b)
{
	(void)a;
	with (res(1)) {
#ifdef USE_A
		return a;
#else
		return b;
#endif
	}
	return 0;
}

static int loop(void)
{
	int k = 0;
	for (;;) {
		with (res(2)) {
#if 1
			if (++k == 2) break;
#else
			if (++k == 3) continue;
#endif
		}
	}
	return k;
}

int main(void)
{
	begin("return in the #else branch");
	sayi(pick(1, 2));
	end();
	begin("break in the #if 1 branch");
	sayi(loop());
	end();
	return 0;
}
