/* Return types: a macro is not expanded again inside its own expansion
 * (C11 6.10.3.4p2), so T below names the variable T within T's text. The
 * return temporary's type is __typeof__((T + T ... + T)), an int; expanding
 * T's uses again to some depth took 12^8 steps (a fuzz input ran out of
 * memory). A typedef name #defined as itself is the typedef. */
#include "trace.h"

static int T = 1;
#define T (T + T + T + T + T + T + T + T + T + T + T + T)

typedef long count;
#define count count

__typeof__(T) twelve(void)
{
	with (res(1)) return T;
	return 0;
}

count three(void)
{
	with (res(2)) return 3;
	return 0;
}

int main(void)
{
	begin("self-referential macro in a return type");
	sayi(twelve());
	end();
	begin("typedef name defined as itself");
	sayi((int)three());
	end();
	return 0;
}
