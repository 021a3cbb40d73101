/* Macros whose jumps stay inside the with body are fine: a break or
 * continue enclosed by the macro's own loop, one used in a loop or switch
 * inside the body, do { } while (0) statement macros, a case label macro
 * whose switch is inside the body, and one outside any with-statement. (Macros that
 * would leave the with-statement are refused: errors/macro-*.cw.) */
#include "trace.h"

#define FIND(v, n, x, at) for (at = 0; at < (n); at++) { if ((v)[at] == (x)) break; }
#define SKIP_NEG(x) if ((x) < 0) continue
#define LEAVE_SWITCH break
#define SAY2(a, b) do { say(a); say(b); } while (0)
#define ON(n) case n:

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

	begin("case macros with their switch inside the body");
	with (res(4)) {
		int tries = 0;
again:
		switch (tries) {
		ON(0) say("zero"); break;
		ON(1) say("one"); break;
		}
		if (++tries < 2) goto again;
	}
	end();

	begin("a case macro outside any with-statement");
	switch (k) {
	ON(2) with (res(5)) say("two");
	}
	end();
	return 0;
}
