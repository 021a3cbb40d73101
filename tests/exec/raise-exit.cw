/* Scenario 22: an error raised inside an exit. It replaces the error being
 * handled and keeps it as its cause; outer exits see the new error. */
#include <string.h>
#include "trace.h"

static int bad(int id) { printf(" E%d", id); return id; }

/* its exit raises: a second error while the first unwinds, or a first one
 * on a normal exit */
CWITH_MANAGER_EXIT(bad, int, v < 0, vp, err)
{
	printf(" X%d%s", *vp, err ? "!" : "");
	cwith_raise(100 + *vp, "exit %d failed", *vp);
	return 0;	/* not reached (tcc wants it) */
}

int main(void)
{
	cwith_error e;

	begin("exit raises while an error unwinds");
	with (catch_error(&e), guard(1), bad(2), guard(3)) {
		cwith_raise(7, "first");
	}
	sayi(e.code);
	say(e.message);
	sayi(e.cause != 0 && e.cause->code == 7 && strcmp(e.cause->message, "first") == 0);
	end();

	begin("exit raises on a normal exit");
	with (catch_error(&e), guard(1), bad(2)) {
		say("body");
	}
	sayi(e.code);
	sayi(e.cause == 0);
	end();

	begin("exit raises on return's way out");
	with (catch_error(&e)) {
		int n = 0;
		with (bad(4)) {
			n = 1;
		}
		sayi(n);
	}
	sayi(e.code);
	end();
	return 0;
}
