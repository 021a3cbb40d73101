/* Return types (README "Return types"): the name of a struct's tag is not
 * hidden by a variable or parameter of the same name (`struct node *node`,
 * tags have their own name space), so a function that returns `struct node
 * *` and has such a variable or parameter returns through a with-statement
 * (it was refused: "the function's body declares 'node' again"). */
#include "trace.h"

struct node { int v; };

static struct node *param(struct node *node)
{
	with (res(1)) {
		if (node) return node + 1;
	}
	return 0;
}

static struct node *local(int n)
{
	static struct node all[3] = { { 10 }, { 20 }, { 30 } };
	struct node *node = all;
	with (res(2) as r) {
		if (n) return node + r;
	}
	return 0;
}

int main(void)
{
	struct node two[2] = { { 1 }, { 2 } };
	begin("parameter"); sayi(param(two)->v); end();
	begin("local"); sayi(local(1)->v); end();
	return 0;
}
