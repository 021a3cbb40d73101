/* defer among with-statements: one order for both (innermost first) on
 * every way out: the end of the block, return (value first), goto out and
 * back, break and continue in loops and a switch; a with inside a deferred
 * statement; a defer in a with body; a defer as a with's braceless body. */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static int fallthrough(void)
{
	with (res(1)) {
		defer d(1);
		with (res(2)) {
			defer d(2);
			say("body");
		}
	}
	return 0;
}

static int ret(int k)
{
	volatile int v = 5;
	defer d(1);
	with (res(1)) {
		defer d(2);
		if (k == 1) return v * 10;      /* 50, computed before D2 X1 D1 */
		with (res(2)) {
			defer d(3);
			v = 6;
			if (k == 2) return v;          /* D3 X2 D2 X1 D1 */
		}
	}
	return -v;
}

static void ret_void(int k)
{
	defer d(1);
	with (res(1)) {
		defer d(2);
		if (k) return;
		say("body");
	}
}

static void go(void)
{
	volatile int n = 0;       /* changed after the defer (README: setjmp) */
again:
	with (res(1)) {
		defer d(n);
		if (++n < 3) goto again;
		if (n == 3) goto out;
		say("never");
	}
out:
	say("out");
}

static void loops(void)
{
	for (volatile int i = 0; i < 4; i++) {
		defer d(i);
		with (res(10 + i)) {
			if (i == 0) continue;
			if (i == 2) break;
			switch (i) {
			case 1: {
				defer d(100);
				break;                      /* the switch: D100 only */
			}
			}
			say("after switch");
		}
	}
}

static void with_in_deferred(void)
{
	defer {
		with (res(9)) say("in deferred");
	}
	say("body");
}

static void braceless(void)
{
	with (res(1)) defer d(1);            /* the with's body: runs at once */
	say("after");
}

int main(void)
{
	begin("fallthrough"); fallthrough(); end();
	begin("ret(0)"); sayi(ret(0)); end();
	begin("ret(1)"); sayi(ret(1)); end();
	begin("ret(2)"); sayi(ret(2)); end();
	begin("ret_void(0)"); ret_void(0); end();
	begin("ret_void(1)"); ret_void(1); end();
	begin("goto"); go(); end();
	begin("loops"); loops(); end();
	begin("with in deferred"); with_in_deferred(); end();
	begin("braceless"); braceless(); end();
	return 0;
}
