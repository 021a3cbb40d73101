/* Errors raised in a body unwind through every with-statement around them,
 * innermost first, across function calls (scenarios 20 and 21):
 * each exit sees the error; a handling exit ends the unwinding and
 * execution goes on right after its with-statement; outer exits then see
 * no error. */
#include "trace.h"

static void deep3(int code) { cwith_raise(code, "deep error %d", code); }
static void deep2(int code) { deep3(code); say("not reached"); }
static void deep1(int code) { deep2(code); say("not reached"); }

/* two functions with nested withs between the raise and the handler */
static void inner_fn(int code)
{
	with (guard(3), guard(4)) {
		deep1(code);
		say("not reached");
	}
	say("not reached");
}

static void outer_fn(int code)
{
	with (guard(2)) {
		inner_fn(code);
		say("not reached");
	}
}

int main(void)
{
	begin("handled by the next with out");
	with (handler(1)) {
		with (guard(2)) {
			cwith_raise(5, "boom");
		}
		say("not reached");
	}
	say("after");
	end();

	begin("three calls deep, nested withs in two functions");
	with (guard(1)) {
		with (handler(9)) {
			outer_fn(7);
		}
		say("goes on");
	}
	end();

	begin("inner exit handles, outer sees no error");
	with (guard(1)) {
		with (handler(2)) cwith_raise(6, "x");
		say("between");
	}
	end();

	begin("handling exit in a loop: the loop goes on");
	for (volatile int i = 0; i < 3; i++) {
		with (handler(10 + i)) {
			if (i != 1) cwith_raise(i + 1, "in loop");
			say("no raise");
		}
		sayi(i);
	}
	end();

	begin("catch_error keeps the error");
	{
		cwith_error e;
		with (catch_error(&e), guard(1)) {
			cwith_raise(42, "caught %s", "here");
		}
		sayi(e.code);
		say(e.message);
		sayi(e.line == 72);
	}
	end();

	begin("catch_error without an error");
	{
		cwith_error e;
		with (catch_error(&e)) say("quiet");
		sayi(e.code);
	}
	end();

	begin("reraise from a handler's body");
	{
		cwith_error outer, inner;
		with (catch_error(&outer)) {
			with (catch_error(&inner)) cwith_raise(3, "first");
			say(inner.message);
			with (guard(1)) cwith_reraise(&inner);
		}
		sayi(outer.code);
		say(outer.message);
	}
	end();
	return 0;
}
