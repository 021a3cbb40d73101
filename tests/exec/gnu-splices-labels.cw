/* Line splices inside words and expressions, and a label right before a
 * closing brace (C23, GNU): the exits still run on every path. A `return`
 * written with a line splice inside is still a return (it was left
 * without its exit). */
#include "trace.h"

static int spliced_return(int a)
{
	with (res(1)) {
		retu\
rn a \
+ 1;
	}
	return -1;
}

static int label_at_end(int a)
{
	with (res(2)) {
		if (a) goto out;
		say("not skipped");
	out:
	}
	return a;
}

int main(void)
{
	begin("spliced return");
	sayi(spliced_return(1));
	end();
	begin("label before }");
	sayi(label_at_end(1));
	sayi(label_at_end(0));
	end();
	return 0;
}
