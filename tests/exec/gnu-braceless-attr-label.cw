/* A braceless with body that begins with an attribute before a label: the
 * compilers take `__attribute__((...)) lab:` where a statement is expected
 * (gcc: an attribute of the statement, with a -Wattributes warning), not
 * first in a block, where gcc reads a declaration. cwith puts the body in
 * `{ if (1) ... }`, a statement place again. (Before: `{ __attribute__...`,
 * exit 0, and gcc refused the output.) tcc does not parse the input. */
#include "trace.h"

#pragma GCC diagnostic ignored "-Wattributes"

static int n;

int main(void)
{
	begin("attribute, label, braceless body");
	with (res(1)) __attribute__((unused)) again: if (++n < 3) { say("body"); goto again; }
	end();
	return 0;
}
