/* Scenario 20 with nothing to handle the error: every exit runs and sees
 * it, then the runtime prints it with its cause on stderr and the program
 * exits with status 1. */
#include "trace.h"

static int bad(int id) { printf(" E%d", id); return id; }
CWITH_MANAGER_EXIT(bad, int, v < 0, vp, err)
{
	(void)err;
	printf(" X%d", *vp);
	cwith_raise(99, "cleanup %d failed", *vp);
	return 0;	/* not reached (tcc wants it) */
}

static void report(const cwith_error *err)
{
	end();
	printf("handler: %d %s\n", err->code, err->message);
	cwith_print_error(stderr, err);
}

int main(void)
{
	cwith_set_uncaught_handler(report);
	begin("uncaught");
	with (guard(1), bad(2), guard(3)) {
		cwith_raise(5, "nobody handles %s", "me");
	}
	say("not reached");
	end();
	return 0;
}
