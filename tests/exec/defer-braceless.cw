/* A defer or errdefer alone in a braceless secondary block (README "defer
 * and errdefer": its own scope): a defer's statement runs at once, each
 * time; an errdefer's never does, and leaves an empty statement that
 * gcc's -Wempty-body (in -Wextra) must not flag (`if (c) ;`), as it does
 * not for the hand-written code, which has nothing there. A defer whose
 * statement is a defer: the inner one is alone in the deferred statement,
 * so it runs when the outer one does. */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static void f(int c)
{
	if (c) defer d(1);
	say("a");
	for (int i = 0; i < 2; i++) defer d(10 + i);
	say("b");
	if (c) errdefer d(2);
	else errdefer d(3);
	if (!c) say("x"); else errdefer d(4);
	with (res(5)) errdefer d(5);
	with (res(6)) defer d(6);
	say("c");
	defer defer d(7);
	defer { defer d(8); say("in8"); }
	say("d");
}

int main(void)
{
	begin("f 1"); f(1); end();
	begin("f 0"); f(0); end();
	return 0;
}
