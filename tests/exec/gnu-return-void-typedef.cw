/* A function whose return type is a typedef of void (here V, and V2 by way
 * of V) and `return EXPR;` of a void expression in a with body (GNU C
 * allows it in a void function): the value is evaluated, the exits run,
 * then `return;`, as for a return type spelled `void`. W is no void
 * typedef: the one in the comment does not count. F's typedef names V in
 * a parameter list only: it does not declare V again. */
#include "trace.h"

typedef void V;
typedef V V2;
typedef int (*F)(V *p);
/* typedef void W; */
typedef int W;

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

int main(void)
{
	begin("f(1)"); f(1); end();
	begin("f(0)"); f(0); end();
	begin("g"); g(); end();
	begin("h"); say(h() == 7 ? "7" : "?"); end();
	return 0;
}
