/* The runtime's safety net (README, Errors, "Safety net") never stops a
 * correct program.  Each with-statement here is entered with the test
 * cwith picks for it (cwith.h: cwith_enter_ for the outermost of a
 * function, cwith_enter_in_ where the frame below is known, which then
 * must be on top, cwith_enter_leaf_ before a body that makes no call),
 * where the frame on top of the chain is least obvious: after an error was
 * handled inside the enclosing body; after a call that entered and left a
 * with-statement of its own; in a deferred statement, run normally and
 * while an error unwinds (the defer before it is still on the chain); in
 * an else; in a statement expression of the body; after break, continue and goto out of nested bodies, forwards
 * and back.  The traces are those of scenarios 1, 5, 8, 16 and the
 * error-unwinding ones of shared/reference/semantics.md. */
#include "trace.h"

static void fail(int code) { say("raise"); cwith_raise(code, "failed %d", code); }
static void d(int id) { printf(" D%d", id); }

static void deferred(int k)
{
	with (res(1)) {
		defer d(1);
		defer {
			with (res(2)) say("in defer");
		}
		if (k) fail(k);
		say("body");
	}
}

static void callee(void)
{
	with (res(40)) say("callee");
}

int main(void)
{
	begin("handled then inner");
	with (res(1)) {
		with (handler(2)) fail(5);
		with (res(3)) say("in");
	}
	end();

	begin("call in between");
	with (res(1)) {
		callee();
		with (res(2)) say("after");
	}
	end();

	begin("deferred");
	deferred(0);
	end();

	begin("deferred, raised");
	with (handler(3)) deferred(9);
	end();

	begin("else");
	with (res(1)) {
		with (res(-2)) say("no");
		else with (res(3)) say("else");
	}
	end();

	begin("statement expressions");
	with (res(1) as a, res(4) as b) {
		int w = ({ int x = 0; with (res(5)) { say("body"); x = a + b; } x; });
		sayi(w);
	}
	end();

	begin("jumps and leaves");
	for (int i = 0; i < 3; i++) {
		with (res(10 + i)) {
			int n = 0;
			with (res(20 + i)) {
				for (int j = 0; j < 4; j++)
					with (res(30)) { if (j == 1) continue; if (j == 2) break; n++; }
				if (i == 1) continue;
				if (i == 2) goto next;
				n++;
			}
			sayi(n);
		}
	next:;
	}
	end();

	begin("goto back");
	with (res(1)) {
		int k = 0;
	again:
		with (res(2)) { say("x"); if (k++ < 1) goto again; }
	}
	end();
	return 0;
}
