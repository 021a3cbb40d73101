/* Statement-like macros around with-statements: a loop macro whose body is
 * a with-statement, `forever` with a block or a braceless with, and a
 * compound literal behind a cast in a body (gcc torture pr92618). (A macro
 * that opens a brace of its own is refused: errors/macro-unbalanced.cw.) */
#include "trace.h"

#define each(i, n) for (i = 0; i < (n); i++)
#define forever for (;;)

struct P { int x, y; };
typedef struct P P;

static int block_forever(void)
{
	forever { with (res(3)) return 7; }
}

static int braceless_forever(void)
{
	forever with (res(4)) return 8;
}

int main(void)
{
	int i;

	begin("loop macro, with as its body");
	each(i, 2) with (res(1)) sayi(i);
	end();

	begin("forever");
	sayi(block_forever());
	sayi(braceless_forever());
	end();

	begin("compound literal cast");
	with (res(5)) {
		P p = (P)(struct P){ 1, 2 };
		sayi(p.x + p.y);
	}
	end();
	return 0;
}
