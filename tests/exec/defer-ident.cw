/* `defer` and `errdefer` stay ordinary identifiers where a name is meant:
 * a function called as a statement, a variable incremented or assigned, a
 * struct member, a label. `_Defer` is always the keyword. */
#include <stdio.h>
#include "cwith.h"

struct job { int defer; };

static int deferred_calls;
static void defer(int n) { deferred_calls += n; }

static int count(void)
{
	int errdefer = 1;
	errdefer++;
	errdefer += 2;
	++errdefer;
	struct job j = { 0 };
	j.defer = errdefer;
	return j.defer;
}

static void labels(void)
{
	int i = 0;
defer:
	if (++i < 3) goto defer;
	printf("label loop %d\n", i);
}

int main(void)
{
	defer(2);
	defer (3);
	{
		_Defer printf("_Defer runs last\n");
		printf("calls %d, count %d\n", deferred_calls, count());
		labels();
	}
	return 0;
}
