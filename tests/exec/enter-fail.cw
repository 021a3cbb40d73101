/* Scenario 18: the enter fails: the body does not run and exit is not
 * called; the else statement runs instead.  Without else the program ends:
 * enter-fail-noelse.cw.  The else may be braceless, a block, another with,
 * or contain a jump. */
#include "trace.h"

static int f(int id)
{
	with (res(id) as a)
		return a + 1;    /* a value computed from the resource, not the resource */
	else
		return -99;
	return -100; /* not reached; keeps -Wreturn-type independent of the translation */
}

int main(void)
{
	int i;

	begin("fails, braceless else");
	with (res(-1)) say("not reached");
	else say("else");
	end();

	begin("succeeds, else skipped");
	with (res(1)) say("body");
	else say("not reached");
	end();

	begin("block else");
	with (res(-2)) {
		say("not reached");
	} else {
		say("else");
	}
	end();

	begin("else is a with");
	with (res(-3)) say("not reached");
	else with (res(4)) say("second");
	end();

	begin("else-with chain");
	with (res(-5)) say("not reached");
	else with (res(-6)) say("not reached");
	else say("last");
	end();

	begin("return in both");
	sayi(f(7));
	sayi(f(-7));
	end();

	begin("break in else");
	for (i = 0; i < 3; i++) {
		with (res(1 - i)) say("body");
		else break;
	}
	sayi(i);
	end();

	begin("else inside enclosing with");
	with (res(8)) {
		with (res(-9)) say("not reached");
		else say("else");
	}
	end();
	return 0;
}
