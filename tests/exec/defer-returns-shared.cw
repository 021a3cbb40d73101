/* Many returns through the same defers: each defer has one case for all
 * the returns that run it (after its statement they all go on the same
 * way, out to the function's end), so N defers each followed by a return
 * write N cases, not N*N/2; the other jumps keep a case each. Traces
 * written from the semantics (innermost deferred statement first, the
 * return's value computed before any of them). */
#include "trace.h"

static int calls;

static int value(int v)
{
	calls++;
	return v;
}

static int f(int k)
{
	defer say("A");
	if (k == 0)
		return value(10);
	defer say("B");
	for (volatile int i = 0; i < 3; i++) {     /* (gcc -Wclobbered: the defers setjmp) */
		defer say("L");
		if (k == 1)
			return value(11);
		if (k == 2)
			break;
		if (k == 3 && i == 1)
			continue;
	}
	if (k == 2)
		return value(12);
	defer say("C");
	if (k == 4)
		goto out;
	return value(13);
out:
	return value(14);
}

static void g(int k)
{
	defer say("G1");
	if (k == 0)
		return;
	defer say("G2");
	if (k == 1)
		return;
	say("end");
}

int main(void)
{
	for (int k = 0; k <= 4; k++) {
		begin("f");
		sayi(k);
		sayi(f(k));
		end();
	}
	for (int k = 0; k <= 2; k++) {
		begin("g");
		sayi(k);
		g(k);
		end();
	}
	begin("values computed");
	sayi(calls);
	end();
	return 0;
}
