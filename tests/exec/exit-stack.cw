/* exit_stack(): a dynamic number of resources, each pushed with
 * cwith_stack_push(stack, M, value), exited last first when the stack's
 * with-statement ends: fall-through, return, a raised error (the exits see
 * it); a failing exit does not stop the others and is raised afterwards
 * (the first; later ones are its suppressed entries); a value that fails
 * M's test raises like a failed enter, after which the ones pushed before
 * are exited (README "Exit stacks"). */
#include <errno.h>
#include "trace.h"

struct flaky { int id, code; };

static struct flaky flaky(int id, int code)
{
	struct flaky v = { id, code };
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

static int open_n(int n, int stop_at)
{
	with (exit_stack() as stack) {
		for (int i = 1; i <= n; i++) {
			int id = cwith_stack_push(stack, res, res(i));
			if (id == stop_at) return id;
		}
		say("body");
	}
	return 0;
}

static void raise_in(int n)
{
	with (exit_stack() as stack) {
		for (int i = 1; i <= n; i++) cwith_stack_push(stack, guard, guard(i));
		cwith_raise(7, "inside");
	}
}

static void failing(int a, int b)
{
	with (exit_stack() as stack) {
		cwith_stack_push(stack, flaky, flaky(1, a));
		cwith_stack_push(stack, flaky, flaky(2, 0));
		cwith_stack_push(stack, flaky, flaky(3, b));
	}
}

static void failed_enter(void)
{
	with (exit_stack() as stack) {
		cwith_stack_push(stack, res, res(1));
		cwith_stack_push(stack, res, res(-2));
		say("not here");
	}
}

int main(void)
{
	cwith_error e;

	begin("fall-through"); sayi(open_n(3, 0)); end();
	begin("return"); sayi(open_n(3, 2)); end();
	begin("empty"); sayi(open_n(0, 0)); end();

	begin("raise");
	with (catch_error(&e)) raise_in(2);
	sayi(e.code); end();

	begin("one exit fails");
	with (catch_error(&e)) failing(0, EIO);
	sayi(e.code == EIO); sayi(e.nsuppressed); end();

	begin("two exits fail");
	with (catch_error(&e)) failing(EPIPE, EIO);
	sayi(e.code == EIO); sayi(e.nsuppressed); sayi(e.suppressed[0].code == EPIPE); end();

	begin("failed enter");
	with (catch_error(&e)) failed_enter();
	sayi(e.code != 0); end();
	return 0;
}
