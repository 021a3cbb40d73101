/* Scenario 12: return from main inside a with: the exit runs before the
 * program exits, its output reaches stdout (exit() flushes stdio after main
 * returns), and the status is the value computed BEFORE the exit ran
 * (return-main.status holds 3). */
#include "trace.h"

static int status = 3;

static int mguard(int v)
{
	printf(" E%d", v);
	return v;
}

static void guard_close(int v)
{
	printf(" X%d\n", v); /* ends the line: nothing runs after it */
	status = 99;
}

CWITH_MANAGER(mguard, int, v < 0, guard_close);

int main(void)
{
	begin("main");
	with (mguard(1)) {
		with (res(2)) {
			say("body");
			return status;
		}
	}
	say("not reached");
	end();
	return 0;
}
