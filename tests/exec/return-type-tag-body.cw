/* Return types: a header that defines its struct or enum (`enum E { A1, B1 }
 * en(void)`) gives the temporary the type by its tag (`enum E`), without the
 * body (a second definition would not compile). An anonymous one cannot be
 * named: refused (errors/ret-anonymous-struct). */
#include "trace.h"

enum E { A1, B1 } en(void)
{
	with (res(1)) return B1;
	return A1;
}

struct P { long a; int (*fp)(int); } mk(void)
{
	with (res(2)) return (struct P){ 1L << 40, 0 };
	return (struct P){ 0, 0 };
}

int main(void)
{
	begin("enum defined in the header");
	say(en() == B1 ? "B1" : "wrong");
	end();
	begin("struct defined in the header");
	say(mk().a == 1L << 40 ? "2^40" : "wrong");
	end();
	return 0;
}
