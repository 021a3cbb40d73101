/* A defer's block whose last statement cannot complete normally, though it
 * is not a jump itself: an if/else whose branches both leave, a switch with
 * a default that never breaks. The end of the block is never reached, so
 * the function compiles without gcc's, clang's or tcc's -Wreturn-type
 * ("control reaches end of non-void function"), as the hand-written code
 * does; and the defer still runs on every way out, after the value. */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static int if_else(int k)
{
	defer d(1);
	if (k) return 10; else return 20;
}

static int if_chain(int k)
{
	defer d(2);
	if (k == 1) {
		say("one");
		return 1;
	} else if (k == 2)
		return 2;
	else {
		defer d(3);
		return 3;
	}
}

static int sw(int k)
{
	defer d(4);
	switch (k) {
	case 1: return 1;
	case 2: { int v = 5; return v; }
	default: return 0;
	}
}

int main(void)
{
	begin("if_else 1"); sayi(if_else(1)); end();
	begin("if_else 0"); sayi(if_else(0)); end();
	begin("if_chain 1"); sayi(if_chain(1)); end();
	begin("if_chain 2"); sayi(if_chain(2)); end();
	begin("if_chain 3"); sayi(if_chain(3)); end();
	begin("sw 1"); sayi(sw(1)); end();
	begin("sw 2"); sayi(sw(2)); end();
	begin("sw 3"); sayi(sw(3)); end();
	return 0;
}
