/* A braceless with body that begins with an attribute before a label: the
 * compilers take `__attribute__((...)) lab:` where a statement is expected
 * (gcc: an attribute of the statement, with a -Wattributes warning), not
 * first in a block, where gcc reads a declaration. cwith puts the body in
 * `{ if (1) ... }`, a statement place again; the same for an else branch
 * and for a body that begins with _Pragma(...). (Before: `{ __attribute__...`,
 * exit 0, and gcc refused the output.) tcc does not parse the input. */
#include "trace.h"

#pragma GCC diagnostic ignored "-Wattributes"

static int n, m, k;

static void with_else(int id)
{
	with (res(id)) say("body"); else __attribute__((unused)) failed: if (++k < 2) { say("failed"); goto failed; }
}

int main(void)
{
	begin("attribute, label, braceless body");
	with (res(1)) __attribute__((unused)) again: if (++n < 3) { say("body"); goto again; }
	end();
	begin("attribute, label, else branch");
	with_else(2);
	with_else(-3);
	end();
	begin("_Pragma, attribute, label, braceless body");
	with (res(4)) _Pragma("GCC diagnostic push") __attribute__((unused)) again2: if (++m < 3) { say("p"); goto again2; }
	end();
	return 0;
}
