/* Return types that are void through typedefs of other forms: a second
 * declarator (`typedef void V, W;`), a declarator in parentheses
 * (`typedef void (P);`), `typedef` after the type (`void typedef A;`). A
 * `return f();` of a void function (GNU: a void expression) that runs
 * exits needs no temporary then. (Before: a temporary of type W, exit 0,
 * and the compilers refused the output: "variable declared void".) GNU
 * C: the return of a void expression (gcc, clang). */
#include "trace.h"

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wold-style-declaration"   /* void typedef A; */
#endif

typedef void V, W;
typedef void (P);
void typedef A;
typedef void *NotVoid, (Pv);

static void nothing(void)
{
	say("n");
}

static W second(void)
{
	with (res(1)) {
		return nothing();
	}
}

static P parens(void)
{
	with (res(2)) {
		return nothing();
	}
}

static A after(void)
{
	with (res(3)) {
		return nothing();
	}
}

static Pv paren_second(void)
{
	with (res(4)) {
		return nothing();
	}
}

static NotVoid pointer(void)
{
	with (res(5)) {
		return (NotVoid)0;
	}
}

int main(void)
{
	begin("second declarator");
	second();
	end();
	begin("parentheses");
	parens();
	end();
	begin("typedef after void");
	after();
	end();
	begin("parentheses, second");
	paren_second();
	end();
	begin("pointer");
	sayi(pointer() == 0);
	end();
	return 0;
}
