/* An #elif 0 between two branches cwith parses: the #else after it is
 * parsed too (it was taken for a branch after unbalanced ones and refused),
 * and a jumping macro there is checked as anywhere (see
 * errors/pp-elif-zero-macro-jump). */
#include "trace.h"

static int f(int k)
{
#ifdef CWITH_NOT_DEFINED
	with (res(1)) { say("not compiled"); }
#elif 0
	with (res(2)) { say("never"); }
#else
	with (res(3)) {
		if (k) return 1;
		say("d");
	}
#endif
	return 0;
}

int main(void)
{
	begin("elif 0 then else");
	f(0);
	f(1);
	end();
	return 0;
}
