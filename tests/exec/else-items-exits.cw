/* A with-statement of several items with an else: a failed enter runs
 * the exits of the items entered before it (innermost first), then the
 * else; a body that falls through, or an error an exit handles, goes on
 * after the statement without the else. cwith writes those exits once,
 * for the body's end and every failure (a flag sends a failure on to the
 * else), not once per item. Also an exit that raises on the way to the
 * else, handled by an outer item: on after the statement, no else. */
#include "trace.h"

static int falls(int a, int b, int c)
{
	int r = 0;
	with (res(a), res(b), res(c)) {
		say("body");
		r = 1;
	} else {
		say("else");
		r = -1;
	}
	say("after");
	return r;
}

static int returns(int a, int b, int c)
{
	with (res(a) as x, res(b) as y, res(c) as z)
		return x + y + z;
	else
		return -1;
}

static int raising_exit_closes;

static int loud(int id) { printf(" E%d", id); trace_live++; return id; }

CWITH_MANAGER_EXIT(loud, int, v < 0, vp, err)
{
	(void)err;
	printf(" X%d", *vp);
	trace_live--;
	raising_exit_closes++;
	cwith_raise(*vp, "exit failed");
	return 0;
}

static void exit_raises(void)
{
	with (handler(1), loud(2), res(-3)) {
		say("not reached");
	} else {
		say("else");
	}
	say("after");
}

int main(void)
{
	begin("falls, all entered");
	sayi(falls(1, 2, 3));
	end();
	begin("falls, third fails");
	sayi(falls(1, 2, -3));
	end();
	begin("falls, second fails");
	sayi(falls(1, -2, 3));
	end();
	begin("falls, first fails");
	sayi(falls(-1, 2, 3));
	end();
	begin("returns, all entered");
	sayi(returns(1, 2, 3));
	end();
	begin("returns, third fails");
	sayi(returns(1, 2, -3));
	end();
	begin("an exit raises on the way to the else");
	exit_raises();
	sayi(raising_exit_closes);
	end();
	return 0;
}
