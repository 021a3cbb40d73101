/* A failing exit while an uncaught error unwinds (issue 12, point 3): the
 * error raised in the body stays the error; the exit's failure is kept as a
 * suppressed entry of it, and the report shows it as a note under the error:
 *   FILE:LINE: error: bad header
 *   FILE:LINE: note: also, while unwinding: with-item 'fopen' failed to exit: No space left on device
 * (checked in exit-fail-unwinding.errgrep).  Every exit still runs, and the
 * program exits with status 1 after the report. */
#include <errno.h>
#include "trace.h"

static void report(const cwith_error *err)
{
	end();
	printf("uncaught: %d %s, %d suppressed: %s %d\n", err->code, err->message,
	       err->nsuppressed, err->suppressed[0].manager,
	       err->suppressed[0].code == ENOSPC);
	cwith_print_error(stderr, err);
}

int main(void)
{
	cwith_set_uncaught_handler(report);
	begin("raise while writing to /dev/full");
	with (guard(1), fopen("/dev/full", "w") as f, guard(2)) {
		fputs("x", f);
		cwith_raise(3, "bad header");
	}
	say("not reached");
	end();
	return 0;
}
