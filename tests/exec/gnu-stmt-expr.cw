/* Scenario 16 (GNU C): a with inside a statement expression ({ ... }), and a
 * return / goto out of a statement expression inside a with body: the exit
 * runs (after the return value is computed). */
#include "trace.h"

static int ret_from_stmt_expr(int c)
{
	with (res(2) as a) {
		int y = ({ if (c) return a * 100; 3; });
		sayi(y);
	}
	return -1;
}

static void goto_from_stmt_expr(void)
{
	with (res(3)) {
		int y = ({ goto out; 4; });
		sayi(y);
	}
out:
	say("out");
}

int main(void)
{
	int x;

	begin("with in stmt expr");
	x = ({ int r = 0; with (res(1) as a) { r = a + 10; } r; });
	sayi(x);
	end();

	begin("return from stmt expr");
	sayi(ret_from_stmt_expr(1));
	end();

	begin("no return");
	sayi(ret_from_stmt_expr(0));
	end();

	begin("goto out of stmt expr");
	goto_from_stmt_expr();
	end();

	begin("with in stmt expr in with in stmt expr");
	x = ({ int r = 0; with (res(4) as a) r = ({ int s = 0; with (res(5) as b) s = a + b; s; }); r; });
	sayi(x);
	end();
	return 0;
}
