/* An enter that fails in a statement without `else` raises an error
 * (code from errno, message naming the manager and the with-item's place):
 * the items of the statement already entered see it in their exits, as in
 * Python, and an outer handler can catch it. */
#include <errno.h>
#include <string.h>
#include "trace.h"

static int nofile(int id) { printf(" F%d", id); errno = ENOENT; return -1; }
CWITH_MANAGER(nofile, int, v < 0, res_close);

int main(void)
{
	cwith_error e;

	begin("second item fails");
	with (catch_error(&e)) {
		with (guard(1), nofile(2), guard(3)) say("not reached");
		say("not reached");
	}
	sayi(e.code == ENOENT);
	say(strstr(e.message, "with-item 'nofile' failed to enter: ") ? "named" : e.message);
	sayi(e.line);
	end();

	begin("with else: no error, else runs after the exits");
	with (guard(1), nofile(2)) say("not reached");
	else say("else");
	end();
	return 0;
}
