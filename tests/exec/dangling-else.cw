/* Scenario 13, second half: `else` binds like C's dangling else, to the
 * nearest `if` or `with`.  In `if (c) with (res(1)) s; else t;` the else
 * belongs to the with: it runs only when c is true and the enter fails.
 * (A with without else whose enter fails ends the program: see
 * enter-fail-noelse.cw.) */
#include "trace.h"

static void f(int c, int id)
{
	if (c)
		with (res(id)) say("body");
		else say("with-else");
	say("|");
}

static void g(int c, int id)
{
	with (res(id))
		if (c) say("then");
		else say("if-else");
	say("|");
}

static void h(int c, int id)
{
	/* braces force the else onto the if */
	if (c) {
		with (res(id)) say("body");
	} else
		say("if-else");
	say("|");
}

static void m(int c, int id)
{
	/* the first else is the if's, the second the with's */
	with (res(id))
		if (c) say("then");
		else say("if-else");
	else say("with-else");
	say("|");
}

static void k(int id1, int id2)
{
	/* nearest with first: the else belongs to the inner with */
	with (res(id1))
		with (res(id2)) say("body");
		else say("inner else");
	else say("outer else");
	say("|");
}

int main(void)
{
	begin("if-with-else c=0"); f(0, 1); end();
	begin("if-with-else c=1"); f(1, 1); end();
	begin("if-with-else c=1 fail"); f(1, -1); end();
	begin("with-if-else c=1"); g(1, 2); end();
	begin("with-if-else c=0"); g(0, 2); end();
	begin("with-if-else-else c=0"); m(0, 4); end();
	begin("with-if-else-else fail"); m(1, -4); end();
	begin("braces c=0"); h(0, 3); end();
	begin("braces c=1"); h(1, 3); end();
	begin("with-with-else-else"); k(1, 2); end();
	begin("inner fails"); k(1, -2); end();
	begin("outer fails"); k(-1, 2); end();
	return 0;
}
