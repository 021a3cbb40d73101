/* cwith_take(name): the value of an item, whose exit is then cancelled on
 * every later path (README "Handing a resource out: cwith_take"); the
 * exits of the other items still run. The constructor pattern (take on
 * return), a take stored away before work that may still fail, a take on
 * one branch only, in a loop with break and continue, taken before an
 * error is raised (the unwinding skips the taken item), and taken inside
 * an inner with whose exit handles the error (the flag must survive the
 * longjmp, at -O2 too). Taken values are released by hand, so each line
 * ends with no enter left unmatched. */
#include "trace.h"

static int make(int fail)
{
	with (res(1) as a, res(2)) {
		if (fail) return -1;                /* X2 X1 */
		return cwith_take(a);               /* X2 only: the caller owns 1 */
	}
	return 0;
}

struct pair { int a, b; };

static int fill(struct pair *o, int fail)
{
	with (res(3) as a, res(4) as b) {
		o->a = cwith_take(a);
		if (fail) return -1;                /* X4: 3 belongs to o now */
		o->b = cwith_take(b);
	}                                       /* nothing */
	return 0;
}

static int maybe(int k)
{
	int kept = 0;
	with (res(5) as c) {
		if (k) kept = cwith_take(c);
		say("body");
	}                                       /* X5 unless taken */
	return kept;
}

static void loop(int kept[])
{
	for (int i = 0; i < 4; i++) {
		with (res(10 + i) as r) {
			if (i == 1) {
				kept[i] = cwith_take(r);
				continue;
			}
			if (i == 2) break;
		}
	}
}

static int raise_kept;              /* not a local of main: it changes after a setjmp */

static void raise_after(int *kept)
{
	with (guard(6) as g, guard(7)) {
		*kept = cwith_take(g);
		cwith_raise(9, "after the take");   /* X7!9, not X6 */
	}
}

static int handled_inside(void)
{
	volatile int kept = 0;          /* changed after a setjmp (README) */
	with (res(8) as a) {
		with (handler(20)) {
			kept = cwith_take(a);
			cwith_raise(5, "handled");      /* X20!5, then on */
		}
		say("after");
	}                                       /* no X8: taken */
	return kept;
}

int main(void)
{
	cwith_error err;

	begin("make fail"); sayi(make(1)); end();
	begin("make ok"); int v = make(0); sayi(v); res_close(v); end();

	struct pair o = { 0, 0 };
	begin("fill fail"); sayi(fill(&o, 1)); sayi(o.a); res_close(o.a); end();
	begin("fill ok"); sayi(fill(&o, 0)); res_close(o.a); res_close(o.b); end();

	begin("maybe 0"); sayi(maybe(0)); end();
	begin("maybe 1"); v = maybe(1); sayi(v); res_close(v); end();

	int kept[4] = { 0, 0, 0, 0 };
	begin("loop"); loop(kept); sayi(kept[1]); res_close(kept[1]); end();

	begin("raise");
	with (catch_error(&err)) raise_after(&raise_kept);
	sayi(err.code); sayi(raise_kept); res_close(raise_kept); end();

	begin("handled"); v = handled_inside(); sayi(v); res_close(v); end();
	return 0;
}
