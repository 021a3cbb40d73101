/* Scenario 23: the `as` variable is read-only (T const v), so the body cannot
 * reassign it (that is a C compile error, not tested here); the exit gets the
 * value the enter produced; the manager call, arguments included, is
 * evaluated exactly once; the variable is scoped to the statement (it hides
 * an outer one only there); the body may declare its own variable with the
 * same name in a nested block.  (Redeclaring it directly in the body's own
 * block is not specified; not tested.) */
#include <stdlib.h>
#include <string.h>
#include "trace.h"

static int calls;

static int next(void)
{
	calls++;
	return 10 * calls;
}

/* a pointer manager: `as p` is `char *const p`, the pointee stays writable */
static char *buf(size_t n)
{
	char *p = calloc(n, 1);
	printf(" Ebuf");
	return p;
}

static void buf_close(char *p)
{
	printf(" Xbuf(%s)", p);
	free(p);
}

CWITH_MANAGER(buf, char *, v == NULL, buf_close);

int main(void)
{
	int a = 1;

	begin("evaluated once");
	with (res(next()) as r) {
		sayi(r);
		sayi(calls);
	}
	sayi(calls);
	end();

	begin("evaluated once, no as");
	with (res(next())) sayi(calls);
	sayi(calls);
	end();

	begin("scope");
	with (res(2) as a) sayi(a);
	sayi(a);
	end();

	begin("shadowed in body block");
	with (res(3) as a) {
		sayi(a);
		{
			int a = 99;
			sayi(a);
		}
		sayi(a);
	}
	end();

	begin("exit sees the entered value");
	with (res(4) as a) {
		int b = a + 1;
		sayi(b);
	}
	end();

	begin("pointer, pointee written");
	with (buf(8) as p) {
		strcpy(p, "abc");
		p[0] = 'x';
	}
	end();
	return 0;
}
