/* GNU: break and continue in a statement expression in a loop's header.
 * gcc binds them to the loop around that loop, clang to that loop itself:
 * cwith refuses them where the two would run different exits
 * (errors/gnu-break-in-loop-condition), and lets them be where both run
 * the same: a with-statement around both loops (no exit), one inside the
 * statement expression (left either way), and a switch inside it (the
 * break is the switch's). Expected traces written from the semantics,
 * the same under gcc and clang. */
#include "trace.h"

#ifdef __clang__
#pragma clang diagnostic ignored "-Wgcc-compat"   /* the warning this test is about */
#endif

static void around_both(int c)
{
	int n = 0;
	with (res(1)) {
		for (int round = 0; round < 2; round++) {
			while (({ if (c && n == 1) break; n < 3; })) {
				n++;
				sayi(n);
			}
		}
	}
}

static void inside_header(void)
{
	int n = 0;
	for (int round = 0; round < 1; round++)
		while (({ with (res(2)) { if (n == 2) break; } n < 4; }))
			n++;
	sayi(n);
}

static void switch_in_header(int c)
{
	int n = 0;
	with (res(3)) {
		while (({ switch (c) { case 1: break; default: n += 10; } n < 2; }))
			n++;
	}
	sayi(n);
}

int main(void)
{
	begin("with around both loops");
	around_both(1);
	end();
	begin("with in the condition");
	inside_header();
	end();
	begin("switch in the condition");
	switch_in_header(1);
	switch_in_header(0);
	end();
	return 0;
}
