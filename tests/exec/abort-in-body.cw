/* Scenario 25: abort() inside a body does NOT run the with's exit (documented
 * behaviour, like every peer).  abort() does not flush stdio, so the body
 * flushes first; the status is 134 (128 + SIGABRT, abort-in-body.status). */
#include <stdlib.h>
#include "trace.h"

int main(void)
{
	begin("abort in body");
	with (res(1)) {
		say("body");
		printf("\n");
		fflush(stdout);
		abort();
	}
	say("not reached");
	end();
	return 0;
}
