/* Failing exits are never silent (issue 12, point 3): "x" stays in the
 * stream's buffer until the exit's fclose flushes it to /dev/full, which
 * fails with ENOSPC.  No error is pending (the body ended normally), so the
 * failure is raised like a failed enter; nothing handles it, so the runtime
 * reports "error: with-item 'fopen' failed to exit: No space left on device"
 * on stderr (exit-fail-devfull.errgrep) and the program exits with status 1.
 * The code after the with-statement does not run. */
#include "trace.h"

int main(void)
{
	begin("write to /dev/full");
	with (fopen("/dev/full", "w") as f) {
		say(fputs("x", f) >= 0 ? "buffered" : "fputs-failed");
	}
	say("not reached");
	end();
	return 0;
}
