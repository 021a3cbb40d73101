/* Scenario 14: the translation must not wrap the body in a loop.  A user
 * `do { ... break; } while (0)` inside the body leaves only the do: no exit;
 * a user break/continue in the body still reaches the user's loop. */
#include "trace.h"

int main(void)
{
	int i;

	begin("do-while(0) break in body");
	with (res(1)) {
		do {
			say("do");
			break;
		} while (0);
		say("after do");
	}
	end();

	begin("do-while(0) continue in body");
	with (res(2)) {
		do {
			say("do");
			continue;
		} while (0);
		say("after do");
	}
	end();

	begin("break in body reaches user loop");
	for (i = 0; i < 3; i++) {
		with (res(3)) {
			say("body");
			break;
		}
		say("not reached");
	}
	sayi(i);
	end();

	begin("break in braceless body");
	for (i = 0; i < 3; i++)
		with (res(4))
			break;
	sayi(i);
	end();

	begin("continue in braceless body");
	for (i = 0; i < 2; i++)
		with (res(5))
			continue;
	sayi(i);
	end();

	begin("with in do-while(0)");
	do {
		with (res(6)) {
			say("body");
			break;
		}
		say("not reached");
	} while (0);
	say("out");
	end();
	return 0;
}
