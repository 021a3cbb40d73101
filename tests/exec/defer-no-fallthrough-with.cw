/* A defer's block whose last statement is a with-statement whose body
 * cannot complete normally: after it, only a handled error goes on, which
 * a one-liner manager (res) never does, so the end of the block is never
 * reached and the function compiles without gcc's or clang's -Wreturn-type
 * (cwith_handles_res is a constant the compilers fold). Not tcc: it warns
 * ("function might return no value") after any label, here the with's
 * resume label, as it does for such a with-statement without a defer.
 * Where the manager handles the error (handler), the block's end is
 * reached after it: the defer runs there and the function goes on. */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static int with_return(int k)
{
	defer d(5);
	with (res(5) as r) return r + k;
}

static int with_braced(int k)
{
	defer d(6);
	with (res(6)) {
		if (k) return 1;
		return 2;
	}
}

static int nested(int k)
{
	defer d(7);
	{
		defer d(8);
		if (k) { with (res(8)) return 8; } else return 9;
	}
}

static void resumed(void)
{
	defer d(9);
	with (handler(9)) {
		cwith_raise(4, "handled");
		return;
	}
}

static int resumed_value(int k)
{
	{
		defer d(10);
		if (k) return 1;
		else with (handler(10)) { cwith_raise(5, "handled"); return 3; }
	}
	say("on");
	return 2;
}

int main(void)
{
	begin("with_return"); sayi(with_return(1)); end();
	begin("with_braced 1"); sayi(with_braced(1)); end();
	begin("with_braced 0"); sayi(with_braced(0)); end();
	begin("nested 1"); sayi(nested(1)); end();
	begin("nested 0"); sayi(nested(0)); end();
	begin("resumed"); resumed(); say("after"); end();
	begin("resumed_value 1"); sayi(resumed_value(1)); end();
	begin("resumed_value 0"); sayi(resumed_value(0)); end();
	return 0;
}
