/* A void function whose name is in parentheses (`void (f)(int k)`, a way
 * to keep a function-like macro f from expanding) or whose whole
 * declarator is (`void (g(int k))`) still returns void: `return v();` in a
 * with body evaluates the call, runs the exits, then returns. (It got a
 * temporary `void (cwith_ret)`, which no compiler accepts.) */
#include "trace.h"

static void v(void) { say("v"); }

static void (f)(int k)
{
	with (res(1)) {
		if (k) return v();
		say("body");
	}
}

static void (g(int k))
{
	with (res(2)) {
		if (k) return v();
		say("body");
	}
}

static void ((h))(void)
{
	with (res(3)) return v();
}

static int (i)(int k)
{
	with (res(4)) return k + 1;
	return 0;
}

int main(void)
{
	begin("f(1)"); f(1); end();
	begin("f(0)"); f(0); end();
	begin("g(1)"); g(1); end();
	begin("g(0)"); g(0); end();
	begin("h"); h(); end();
	begin("i"); sayi(i(4)); end();
	return 0;
}
