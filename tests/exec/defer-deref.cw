/* `defer *p = 5;` (README, defer): `defer` followed by `*` and an operand
 * is the keyword, as in the README's example: the value returned is read
 * before the deferred statement runs. */
#include <stdio.h>
#include "cwith.h"

static int set_later(int *p)
{
	defer *p = 5;
	return *p;                  /* the old value */
}

static int bump_later(int **pp)
{
	defer **pp += 10;
	return **pp;
}

int main(void)
{
	int x = 1;
	int r = set_later(&x);
	printf("returned %d, now %d\n", r, x);
	int *px = &x;
	r = bump_later(&px);
	printf("returned %d, now %d\n", r, x);
	return 0;
}
