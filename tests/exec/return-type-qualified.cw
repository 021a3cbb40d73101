/* Return types whose declarator cwith must rebuild around its temporary:
 * a name in parentheses (`int (f)(int)`, `int (*(f)(void))(int)`), a
 * qualified return type (`const unsigned long long f()`, `char *const
 * f()`: the qualifier has no effect on the value, C17 6.7.6.3p4), in a
 * function with a defer (the temporary is volatile and assigned after its
 * declaration) and without. The return value is computed first, then the
 * deferred statement and the exits run (README "defer and errdefer").
 * cwith wrote `int ( volatile cwith1_ret )`, which is no C, and
 * `const unsigned long long volatile cwith1_ret;` then assigned it. */
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static int (paren)(int x) { defer d(1); return x; }
static int ((paren2))(int x) { with (res(2)) if (x) return x; return 0; }
static int (paren3)(int x) { defer d(3); with (res(3)) if (x) return x; return 0; }
static int (*(fp)(int k))(int)
{
	defer d(4);
	with (res(4)) {
		if (k) return paren;
	}
	return paren3;
}
static int (*fp2(void))[2]
{
	static int a[2] = { 5, 6 };
	defer d(5);
	return &a;
}

/* -Wignored-qualifiers (in -Wextra) warns about these return types, in
 * hand-written code too: not where the tests compile with -Werror */
#if defined __GNUC__
#pragma GCC diagnostic ignored "-Wignored-qualifiers"
#endif
static const unsigned long long cull(void) { defer d(6); return 6; }
static char *const cp(char *p) { defer d(7); with (res(7)) if (p) return p; return 0; }
static const char *const ccp(const char *p) { defer { d(8); p = "changed"; } return p; }
static int const ic(int k) { with (res(9)) { defer d(9); if (k) return k; } return -1; }

int main(void)
{
	begin("paren"); sayi(paren(1)); end();
	begin("paren2"); sayi(paren2(2)); end();
	begin("paren3"); sayi(paren3(3)); end();
	begin("fp 1"); sayi(fp(1)(41)); end();
	begin("fp 0"); sayi(fp(0)(40)); end();
	begin("fp2"); sayi((*fp2())[1]); end();
	begin("cull"); sayi((int)cull()); end();
	char c = 'c';
	begin("cp"); sayi(*cp(&c)); end();
	begin("ccp"); say(ccp("orig")); end();
	begin("ic 1"); sayi(ic(1)); end();
	begin("ic 0"); sayi(ic(0)); end();
	return 0;
}
