/* `with` is a keyword only where a with-statement can be: a function named
 * with, called as a statement, stays a call; a `with` keyword split by a
 * line splice is still the keyword. */
#include "trace.h"

static void with(int x)
{
	sayi(x);
}

int main(void)
{
	begin("call named with");
	with(3);
	with (res(1)) with(4);
	end();

	begin("spliced keyword");
	wi\
th (res(2)) say("body");
	end();
	return 0;
}
