/* Beyond TS 25755: an error raised with cwith_raise runs the deferred
 * statements of every block it unwinds, in the same order as the exits of
 * the with-statements around them; errdefer runs only then. The error goes
 * on after each statement, to the handler. A deferred statement that
 * raises replaces the error. Variables the statements read are not changed
 * after the defer, or are volatile (setjmp rules, see the README). */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static void fail(int code) { say("raise"); cwith_raise(code, "failed %d", code); }

static void inner(int k)
{
	defer d(2);
	errdefer d(20);
	with (guard(2)) {
		defer d(3);
		if (k) fail(k);
		say("ok");
	}
}

static void outer(int k)
{
	defer d(1);
	with (guard(1)) inner(k);
}

/* the constructor idiom: release on error only, hand out on success */
static char *make(int fail_it)
{
	char *volatile p = malloc(16);
	errdefer { free(p); say("freed"); }
	if (fail_it) fail(7);
	say("made");
	return p;
}

static void raising_defer(void)
{
	defer { say("second"); }
	defer { say("first"); cwith_raise(9, "from a deferred statement"); }
	fail(8);
}

int main(void)
{
	cwith_error err;
	begin("no error");
	with (catch_error(&err)) outer(0);
	sayi(err.code); end();

	begin("error");
	with (catch_error(&err)) outer(5);
	sayi(err.code); end();

	begin("make ok");
	char *volatile p = NULL;
	with (catch_error(&err)) p = make(0);
	sayi(err.code); free(p); end();

	begin("make fails");
	with (catch_error(&err)) make(1);
	sayi(err.code); end();

	begin("raising defer");
	with (catch_error(&err)) raising_defer();
	sayi(err.code); sayi(err.cause != NULL); end();
	return 0;
}
