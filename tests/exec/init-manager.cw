/* Init-style managers (README, Declaring a manager; CWITH_MANAGER_INIT):
 * an init function that fills the caller's object and returns a status
 * becomes the enter `counter_inited(&c, start)`, which returns &c, or a null
 * pointer when the status says it failed (the body does not run, no exit;
 * the else runs).  The exit calls the release on the object.  Scenarios
 * 1, 18 and 19 of semantics.md with this form. */
#include <string.h>
#include "trace.h"

struct counter { int value; int open; };

static int counter_init(struct counter *c, int start)
{
	if (start < 0) {
		printf(" init-failed");
		return EINVAL;
	}
	c->value = start;
	c->open = 1;
	printf(" init(%d)", start);
	return 0;
}

static void counter_release(struct counter *c)
{
	printf(" release(%d)", c->value);
	c->open = 0;
}

CWITH_MANAGER_INIT(counter_inited, struct counter,
                   (struct counter *obj, int start),
                   counter_init(obj, start), cwith_failed_with(r),
                   counter_release);

int main(void)
{
	struct counter c;
	cwith_error e;

	begin("fall-through");
	with (counter_inited(&c, 5) as k) {
		k->value++;
		sayi(k->value);
	}
	sayi(c.open);
	end();

	begin("failed init, else");
	with (counter_inited(&c, -1) as k)
		sayi(k->value);
	else
		say("else");
	end();

	begin("two items, second fails");
	{
		struct counter d;
		with (counter_inited(&c, 1), counter_inited(&d, -2))
			say("body");
		else
			say("else");
	}
	end();

	begin("failed init, no else");
	with (catch_error(&e)) {
		with (counter_inited(&c, -3))
			say("not reached");
	}
	say(e.code == EINVAL ? "EINVAL" : "other");
	say(strstr(e.message, "'counter_inited' failed to enter") ? "named" : "?");
	end();
	return 0;
}
