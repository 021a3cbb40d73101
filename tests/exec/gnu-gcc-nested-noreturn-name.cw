/* GNU nested functions named like the standard library's noreturn
 * functions (abort, exit) are not the library's: a with body ending in a
 * call to one can fall through, so its exit is written after it. (Before:
 * the call was read as never returning, the exit left out, exit 0; and a
 * with-else went on to its else.) A local prototype `void exit(int);`
 * (the library's own) is read the same way: cwith cannot tell it apart.
 * gcc only (nested functions). */
#include "trace.h"

static int f(int a, int b)
{
	void abort(void) { say("my-abort"); }
	with (res(a), res(b)) {
		say("body");
		abort();
	} else {
		say("else");
	}
	say("after");
	return 0;
}

static int g(int a)
{
	void exit(int c) { sayi(c); }
	with (res(a)) {
		say("body");
		exit(3);
	}
	say("after");
	return 0;
}

int main(void)
{
	begin("nested abort");
	f(1, 2);
	end();
	begin("nested exit");
	g(4);
	end();
	return 0;
}
