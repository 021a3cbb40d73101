/* A failing exit (issue 12, point 3; scenarios 20-22 with the exit as the
 * source of the error).
 *
 * flaky(id, code) enters like res (prints " E<id>"); its release prints
 * " X<id>" and, when code is nonzero, fails: returns -1 with errno = code.
 * The manager is declared with CWITH_MANAGER_CHECKED, whose last argument
 * tests the release's result r.
 *
 * - No error pending (end of the body, return, break, goto): the failure is
 *   raised like a failed enter (code errno, message "with-item 'flaky'
 *   failed to exit: <strerror>"); the exits further out see it, and
 *   catch_error catches it.  The jump itself does not complete.
 * - An error pending (the exit runs while a raised error unwinds): the
 *   failure does not replace that error; it is kept as a suppressed entry of
 *   it, in the order the exits ran, and every exit further out still sees
 *   the first error.
 * - The shipped fopen manager checks fclose: a write to /dev/full is caught
 *   as ENOSPC. */
#include <errno.h>
#include <string.h>
#include "trace.h"

struct flaky { int id, code; };

static struct flaky flaky(int id, int code)
{
	struct flaky v;
	v.id = id;
	v.code = code;
	printf(" E%d", id);
	trace_live++;
	return v;
}

static int flaky_close(struct flaky v)
{
	printf(" X%d", v.id);
	trace_live--;
	if (v.code == 0) return 0;
	errno = v.code;
	return -1;
}

CWITH_MANAGER_CHECKED(flaky, struct flaky, v.id < 0, flaky_close, r != 0);

static int return_through(void)
{
	with (flaky(4, EPIPE)) {
		return 1;
	}
	return 0;
}

int main(void)
{
	cwith_error e;
	int i;

	begin("body ends, exit fails");
	with (catch_error(&e)) {
		with (guard(1), flaky(2, EIO), guard(3)) {
			say("body");
		}
		say("not reached");
	}
	sayi(e.code == EIO);
	say(e.message);
	sayi(e.nsuppressed);
	end();

	begin("exit succeeds");
	with (catch_error(&e), flaky(2, 0)) {
		say("body");
	}
	sayi(e.code);
	end();

	begin("return, exit fails");
	with (catch_error(&e)) {
		sayi(return_through());
		say("not reached");
	}
	sayi(e.code == EPIPE);
	end();

	begin("break, exit fails");
	with (catch_error(&e)) {
		for (i = 0; i < 3; i++) {
			with (flaky(5, i == 1 ? EBADF : 0)) {
				sayi(i);
				if (i == 1) break;
			}
		}
		say("not reached");
	}
	sayi(e.code == EBADF);
	end();

	begin("failing exits while an error unwinds");
	with (catch_error(&e), guard(1), flaky(2, EIO), flaky(3, ENOSPC), guard(4)) {
		cwith_raise(7, "first");
	}
	sayi(e.code);
	say(e.message);
	sayi(e.nsuppressed);
	sayi(e.suppressed[0].code == ENOSPC);
	say(e.suppressed[0].manager);
	sayi(e.suppressed[1].code == EIO);
	say(e.suppressed[1].manager);
	sayi(e.cause == 0);
	end();

	begin("fopen on /dev/full");
	with (catch_error(&e)) {
		with (fopen("/dev/full", "w") as f) {
			fputs("x", f);
		}
		say("not reached");
	}
	sayi(e.code == ENOSPC);
	say(e.message);
	end();

	begin("/dev/full while an error unwinds");
	with (catch_error(&e)) {
		with (fopen("/dev/full", "w") as f) {
			fputs("x", f);
			cwith_raise(9, "second");
		}
	}
	sayi(e.code);
	sayi(e.nsuppressed);
	sayi(e.suppressed[0].code == ENOSPC);
	say(e.suppressed[0].manager);
	end();
	return 0;
}
