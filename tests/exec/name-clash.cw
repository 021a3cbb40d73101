/* The translator's own names never meet the program's: variables named
 * like the hidden ones (cwith1, cwith_ret, cwith_frame1, ...) keep their
 * meaning inside with-items, bodies and return expressions. */
#include "trace.h"

static int cwith_ret = 40;

static int give(int cwith2)
{
	with (res(cwith2) as cwith1) {
		return cwith_ret + cwith1;      /* the global, then the item */
	}
	return -1;      /* not reached (tcc cannot tell) */
}

int main(void)
{
	int cwith1 = 6, cwith_frame1 = 7, cwith_jb1 = 8, cwith_done1 = 9, cwith_else1 = 10;

	begin("item argument named cwith1");
	with (res(cwith1)) sayi(cwith1);
	end();

	begin("other names");
	with (res(cwith_frame1), res(cwith_jb1)) {
		sayi(cwith_done1);
	} else {
		sayi(cwith_else1);
	}
	end();

	begin("return");
	sayi(give(2));
	end();
	return 0;
}
