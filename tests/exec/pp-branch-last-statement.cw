/* A jump (or a switch's default) in an #if branch, last in a with body or
 * in a defer's block: the compiler may not see it, so the body can fall
 * through and its exit (the deferred statement, the end of a with-else)
 * must still be written after it. (Before: cwith read the block as ending
 * in the jump, left the exit out; exit 0, and the exit or deferred
 * statement was skipped, or the else ran after the body.) NOT_DEFINED is
 * not defined: the branches with it drop their jump; the #ifndef ones keep
 * it. */
#include "trace.h"

static void with_return(void)
{
	with (res(1)) {
		say("body");
#ifdef NOT_DEFINED
		return;
#endif
	}
	say("after");
}

static void with_else_return(int b)
{
	with (res(2), res(b)) {
		say("body");
#ifdef NOT_DEFINED
		return;
#endif
	} else
		say("else");
	say("after");
}

static void defer_return(void)
{
	{
		defer say("deferred");
		say("body");
#ifdef NOT_DEFINED
		return;
#endif
	}
	say("after");
}

static void kept_return(void)
{
	with (res(4)) {
		say("body");
#ifndef NOT_DEFINED
		return;
#endif
	}
	say("not reached");
}

static void loop_continue(void)
{
	for (int i = 0; i < 2; i++) {
		with (res(5)) {
			sayi(i);
#ifdef NOT_DEFINED
			continue;
#endif
		}
	}
}

static int switch_default(int k)
{
	with (res(6)) {
		switch (k) {
		case 1:
			return 1;
#ifdef NOT_DEFINED
		default:
			return 2;
#endif
		}
	}
	return 0;
}

int main(void)
{
	begin("return dropped");
	with_return();
	end();
	begin("return dropped, else");
	with_else_return(3);
	end();
	begin("return dropped, defer");
	defer_return();
	end();
	begin("return kept");
	kept_return();
	end();
	begin("continue dropped");
	loop_continue();
	end();
	begin("default dropped");
	sayi(switch_default(3));
	end();
	return 0;
}
