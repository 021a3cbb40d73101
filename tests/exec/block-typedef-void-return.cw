/* A typedef of void in a block ends at the block's '}': the file-scope V
 * later is int, so `return 3;` in a with body of a V function returns 3
 * after the exits (scenario: return from a with body, value kept in the
 * return temporary). cwith used to take V for void everywhere after the
 * block and wrote `return;`, which the compiler refuses. */
#include "trace.h"

static void f(void)
{
	typedef void V;
	V *p = 0;
	say(p ? "?" : "f");
}

typedef int V;

static V g(void)
{
	with (res(1)) {
		return 3;
	}
	return 0;
}

int main(void)
{
	begin("f"); f(); end();
	begin("g"); sayi(g()); end();
	return 0;
}
