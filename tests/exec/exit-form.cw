/* CWITH_MANAGER_EXIT, the full form: the exit gets a pointer to the value
 * enter produced and a null error on every normal way out (fall-through,
 * return, goto, break, continue).  Also a struct-typed manager value. */
#include "trace.h"

static int tok(int v)
{
	printf(" E%d", v);
	return v;
}

CWITH_MANAGER_EXIT(tok, int, v < 0, vp, err)
{
	printf(" X%d%s", *vp, err ? "(err)" : "");
	return 0;
}

struct point { int x, y; };

static struct point pt(int x, int y)
{
	struct point p;
	p.x = x;
	p.y = y;
	printf(" Ept");
	return p;
}

CWITH_MANAGER_EXIT(pt, struct point, v.x < 0, vp, err)
{
	printf(" Xpt(%d,%d)%s", vp->x, vp->y, err ? "(err)" : "");
	return 0;
}

static int ret(void)
{
	with (tok(2) as t)
		return t * 10;
	return -1;
}

int main(void)
{
	/* volatile: this function holds with-statements whose manager may
	 * handle errors (setjmp), and i changes between them (gcc -Wclobbered) */
	volatile int i;

	begin("fall-through"); with (tok(1)) say("body"); end();
	begin("return"); sayi(ret()); end();
	begin("goto");
	with (tok(3)) goto out;
out:
	end();
	begin("break and continue");
	for (i = 4; i < 7; i++) {
		with (tok(i)) {
			if (i == 4)
				continue;
			if (i == 5)
				break;
		}
	}
	end();
	begin("struct value");
	with (pt(1, 2) as p) sayi(p.x + p.y);
	end();
	begin("struct value fails");
	with (pt(-1, 2) as p) sayi(p.x);
	else say("else");
	end();
	return 0;
}
