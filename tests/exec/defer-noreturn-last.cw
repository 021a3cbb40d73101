/* A defer's block whose last statement is a call that never returns:
 * cwith_raise, cwith_reraise, abort, exit (the standard library's names
 * are reserved, C11 7.1.3, so cwith knows them). The end of the block is
 * never reached: no gcc or clang -Wreturn-type ("control reaches end of
 * non-void function") nor "'noreturn' function does return", as in the
 * hand-written code. The deferred statements run while the raise unwinds;
 * exit() runs none (README: exit() skips them, like every peer). A defer
 * that no jump runs, in a block whose end is never reached (leave), has
 * no cwithK_to to set (-Wunused-but-set-variable). Not tcc: it does not
 * read the noreturn attribute and warns "function might return no value"
 * after any noreturn call, as for such a with-statement without a defer.
 * A local that hides the library's name is no such call. */
#include <stdlib.h>
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static int check(int k)
{
	defer d(1);
	switch (k) {
	case 0: return 10;
	case 1: return 11;
	}
	cwith_raise(22, "bad k %d", k);
}

static int again(const cwith_error *e)
{
	defer d(2);
	if (!e->code) return 0;
	cwith_reraise(e);
}

static int sure(int k)
{
	defer d(3);
	if (k >= 0) return k;
	abort();
}

/* a local that hides exit (block scope may): this call returns, and the
 * end of the block runs the defer */
static void fake(int c) { printf(" fake%d", c); }
static void hidden(void)
{
	void (*exit)(int) = fake;
	defer d(5);
	exit(3);
}

#if defined __STDC_VERSION__ && __STDC_VERSION__ >= 201112L
_Noreturn
#endif
static void leave(void)
{
	defer d(4);
	fflush(stdout);
	exit(0);
}

int main(void)
{
	cwith_error err, first;
	begin("check 1"); sayi(check(1)); end();
	begin("check 5"); with (catch_error(&err)) sayi(check(5)); sayi(err.code); end();
	with (catch_error(&first)) cwith_raise(33, "first");
	begin("again"); with (catch_error(&err)) sayi(again(&first)); sayi(err.code); end();
	begin("sure"); sayi(sure(3)); end();
	begin("hidden"); hidden(); end();
	begin("leave"); end();
	leave();
}
