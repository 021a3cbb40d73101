/* Scenario 24, the accepted part (GNU C): labels as values and computed
 * `goto *p` OUTSIDE any with body, in a function that uses with.  A computed
 * goto inside a body is an error: tests/errors/computed-goto.cw. */
#include "trace.h"

int main(void)
{
	static void *next[] = { &&one, &&two, &&done };
	int i = 0;

	begin("dispatch");
	goto *next[i];
one:
	with (res(1)) say("one");
	goto *next[++i];
two:
	with (res(2) as a) sayi(a);
	goto *next[++i];
done:
	say("done");
	end();
	return 0;
}
