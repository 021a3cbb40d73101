/* Scenario 25: exit() inside a body does NOT run the with's exit (like every
 * peer: C defer TS, __attribute__((cleanup)), Python's os._exit).  This is
 * documented behaviour, tested so that a change is noticed: no X1 below, and
 * the trace shows the enter still live.  atexit handlers do run. */
#include <stdlib.h>
#include "trace.h"

static void at_exit(void)
{
	end();
}

int main(void)
{
	atexit(at_exit);
	begin("exit in body");
	with (res(1)) {
		say("body");
		exit(0);
	}
	say("not reached");
	return 1;
}
