/* Scenario 10: `return g(a)` inside the body: the value is computed FIRST,
 * while the resource is alive, then the exits run, then the function returns.
 * The exit here changes state the return expression reads (like Example 2 of
 * the C defer TS), so a translation that exits before evaluating returns the
 * wrong value. */
#include "trace.h"

static int state; /* the "resource": 1 while a counter is open */

static int counter(int v)
{
	printf(" E%d", v);
	state = v;
	return v;
}

static void counter_close(int v)
{
	printf(" X%d", v);
	state = -1;
}

CWITH_MANAGER(counter, int, v < 0, counter_close);

static int g(int v)
{
	printf(" g");
	return state * 10 + v;
}

static int ret_call(void)
{
	with (counter(4) as c)
		return g(c);
	return -100;
}

static int ret_nested(void)
{
	with (counter(1) as a) {
		with (res(2) as b) {
			return g(a + b);
		}
	}
	return -100;
}

static int ret_in_if(int k)
{
	with (counter(5) as c) {
		if (k)
			return state + c;
		say("no return");
	}
	return state;
}

struct pair { int first, second; };

static struct pair ret_struct(void)
{
	with (counter(6) as c) {
		struct pair p;
		p.first = c;
		p.second = state + 1;
		return p;
	}
	{
		struct pair none = { 0, 0 };
		return none;
	}
}

static void ret_void(int k)
{
	with (res(7)) {
		if (k)
			return;
		say("no return");
	}
	say("after");
}

static const char *ret_string(void)
{
	static char buf[16];
	with (counter(8) as c) {
		sprintf(buf, "s%d", state + c);
		return buf;
	}
	return "none";
}

int main(void)
{
	struct pair p;

	begin("return g(c)"); sayi(ret_call()); sayi(state); end();
	begin("nested"); sayi(ret_nested()); end();
	begin("in if"); sayi(ret_in_if(1)); end();
	begin("no return"); sayi(ret_in_if(0)); end();
	begin("struct");
	p = ret_struct();
	sayi(p.first); sayi(p.second);
	end();
	begin("void"); ret_void(1); end();
	begin("void, no return"); ret_void(0); end();
	begin("string"); say(ret_string()); end();
	return 0;
}
