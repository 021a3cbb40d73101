/* Macros whose jumps stay inside the with body are fine: a break or
 * continue enclosed by the macro's own loop, one used in a loop or switch
 * inside the body, and do { } while (0) statement macros. (Macros that
 * would leave the with-statement are refused: errors/macro-*.cw.) */
#include "trace.h"

#define FIND(v, n, x, at) for (at = 0; at < (n); at++) { if ((v)[at] == (x)) break; }
#define SKIP_NEG(x) if ((x) < 0) continue
#define LEAVE_SWITCH break
#define SAY2(a, b) do { say(a); say(b); } while (0)

int main(void)
{
	int v[] = { 3, -1, 4 }, at, k = 0;

	begin("macro loop with its own break");
	with (res(1)) {
		FIND(v, 3, 4, at);
		sayi(at);
	}
	end();

	begin("continue in a loop inside the body");
	with (res(2)) {
		for (int i = 0; i < 3; i++) {
			SKIP_NEG(v[i]);
			k++;
		}
		sayi(k);
	}
	end();

	begin("break in a switch inside the body");
	with (res(3)) {
		switch (k) {
		case 2: say("two"); LEAVE_SWITCH;
		default: say("other");
		}
		SAY2("a", "b");
	}
	end();
	return 0;
}
