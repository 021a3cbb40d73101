/* Return types: the body may declare the return type's name again (a
 * typedef of another type, a variable, an enum constant, an as name, a
 * struct tag). The return temporary still has the function's return type,
 * T (long): its type is named once, at the function's top, before any of
 * those. */
#include <stdlib.h>
#include "trace.h"

typedef long T;

static T typedef_again(void)
{
	typedef unsigned char T;    /* 300 would be 44 in this T */
	T small = 1;
	with (res(1)) return 300 + small - 1;
	return 0;
}

static T enum_typedef(void)
{
	{
		typedef enum { Z } T;
		with (res(2)) return (T)Z + 1L + (1L << 40);
	}
	return 0;
}

static T variables(int k)
{
	int x = 0, T = 2;           /* T is a variable here */
	with (res(3)) {
		if (k == 0) return T + x;
	}
	{
		int a[2] = { 5, 6 }, T;
		T = a[1];
		with (res(4)) if (k == 1) return T;
	}
	{
		int (T) = 7;
		with (res(5)) if (k == 2) return T;
	}
	return -1;
}

static T enum_constant(void)
{
	enum { T = 8 };
	with (res(6)) return T;
	return 0;
}

static T as_name(void)
{
	with (res(9) as T) return T + 1;
	return 0;
}

struct big { long v[4]; };
static struct big outer_big = { { 1, 2, 3, 4 } };

static struct big *tag_again(void)
{
	struct big { char c; };     /* a new type in this scope */
	static struct big b;
	(void)b;
	with (res(8)) return &outer_big;
	return 0;
}

static T with_defer(void)
{
	int T = 300;
	defer say("deferred");
	with (res(7)) return T;
	return 0;
}

int main(void)
{
	begin("typedef again"); sayi((int)typedef_again()); end();
	begin("enum typedef"); say(enum_typedef() == 1 + (1L << 40) ? "2^40+1" : "wrong"); end();
	begin("variable"); sayi((int)variables(0)); end();
	begin("array and variable"); sayi((int)variables(1)); end();
	begin("parenthesised"); sayi((int)variables(2)); end();
	begin("enum constant"); sayi((int)enum_constant()); end();
	begin("as name"); sayi((int)as_name()); end();
	begin("struct tag again"); sayi((int)tag_again()->v[3]); end();
	begin("defer"); sayi((int)with_defer()); end();
	return 0;
}
