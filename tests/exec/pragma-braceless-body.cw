/* A `#pragma` line between a with header and its braceless body applies to
 * the body: the brace cwith adds around a braceless body goes before the
 * pragma, not between it and the loop (`#pragma GCC unroll` needs a loop
 * right after it; gcc and clang refused `#pragma GCC unroll 2` followed by
 * `{ for ...`). Scenario: the end of the body, and break/continue of a loop
 * that is the body (inside it: no exit), then the exit once. */
#include "trace.h"

static void unrolled(int k)
{
	with (res(1))
#pragma GCC unroll 2
		for (int j = 0; j < 4; j++) {
			if (j == k) break;
			if (j == 0) continue;
			sayi(j);
		}
	say("after");
}

static void in_else(int k)
{
	with (res(k))
		say("body");
	else
#pragma GCC unroll 2
		for (int j = 0; j < 2; j++) sayi(j);
	say("after");
}

int main(void)
{
	begin("unrolled(3)"); unrolled(3); end();
	begin("unrolled(1)"); unrolled(1); end();
	begin("in_else(2)"); in_else(2); end();
	begin("in_else(-2)"); in_else(-2); end();
	return 0;
}
