/* Scenario 13: a with as the braceless body of if / else / for / while /
 * do: one E/X pair per iteration.  And a with whose own body is a single
 * braceless statement, including another with. */
#include "trace.h"

int main(void)
{
	int i;

	begin("if");
	if (1)
		with (res(1)) say("then");
	end();

	begin("if-else, else taken");
	if (0)
		say("not reached");
	else
		with (res(2)) say("else");
	end();

	begin("for");
	for (i = 0; i < 3; i++)
		with (res(i + 1)) sayi(i);
	end();

	begin("while");
	i = 0;
	while (i < 2)
		with (res(4)) i++;
	sayi(i);
	end();

	begin("do");
	i = 0;
	do
		with (res(5)) i++;
	while (i < 2);
	sayi(i);
	end();

	begin("with in with, braceless");
	with (res(1))
		with (res(2))
			with (res(3))
				say("body");
	end();

	begin("braceless if in body");
	with (res(6))
		if (i)
			say("i");
	end();

	begin("for with braceless with in braceless with");
	for (i = 0; i < 2; i++)
		with (res(1))
			with (res(2))
				sayi(i);
	end();
	return 0;
}
