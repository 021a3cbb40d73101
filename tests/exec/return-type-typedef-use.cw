/* Return types: the body may use the return type's typedef name (a cast,
 * a declaration of its own, a typedef built on it) without declaring the
 * name again: the return temporary is still `T`, long, so 1L << 40 is kept.
 * (A body may declare T again too: exec/return-type-redeclared.) */
#include "trace.h"

typedef long T;

T f(void)
{
	typedef T *Tp;
	T v = (T)1 << 40;
	Tp p = &v;
	with (res(1)) return *p;
	return 0;
}

int main(void)
{
	begin("typedef name used in the body");
	say(f() == 1L << 40 ? "2^40" : "wrong");
	end();
	return 0;
}
