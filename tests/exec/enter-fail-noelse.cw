/* Scenario 18 without else: a failed enter makes the runtime print
 * "FILE:LINE: error: with-item 'res' failed to enter..." on stderr and exit
 * with status 1 (enter-fail-noelse.status).  The body does not run, the exit
 * is not called, and stdout written before is still flushed (exit()).
 * Not checked here: whether items entered earlier in the same statement are
 * exited first; the semantics do not say. */
#include "trace.h"

int main(void)
{
	begin("no else");
	with (res(1)) say("first");
	with (res(-2)) say("not reached");
	say("not reached");
	end();
	return 0;
}
