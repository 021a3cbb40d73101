/* A function whose return type is a typedef of void (here V, and V2 by way
 * of V) and `return EXPR;` of a void expression in a with body (GNU C
 * allows it in a void function): the value is evaluated, the exits run,
 * then `return;`, as for a return type spelled `void`. W is no void
 * typedef: the one in the comment does not count; nor is L (void only
 * in a function's body) or U (void in one #if branch, int in the one
 * compiled). */
#include "trace.h"

typedef void V;
typedef V V2;
/* typedef void W; */
typedef int W;
typedef int L;
#if 1
typedef int U;
#else
typedef void U;
#endif

static void v(void) { say("v"); }

static V f(int k)
{
	with (res(1)) {
		if (k) return;
		return v();
	}
}

static V2 g(void)
{
	with (res(2)) return v();
}

static W h(void)
{
	with (res(3)) return 7;
	return 0;
}

static void local_void(void)
{
	typedef void L;
	L *p = 0;
	(void)p;
}

static L h2(void)
{
	with (res(4)) return 5;
	return 0;
}

static U h3(void)
{
	with (res(5)) return 6;
	return 0;
}

int main(void)
{
	begin("f(1)"); f(1); end();
	begin("f(0)"); f(0); end();
	begin("g"); g(); end();
	begin("h"); say(h() == 7 ? "7" : "?"); end();
	local_void();
	begin("h2"); say(h2() == 5 ? "5" : "?"); end();
	begin("h3"); say(h3() == 6 ? "6" : "?"); end();
	return 0;
}
