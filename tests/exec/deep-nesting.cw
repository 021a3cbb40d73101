/* Deep nesting: six levels, left by goto to a label outside all of them, by
 * return, by break/continue of a loop outside all of them; and a six-item
 * with whose last enter fails. */
#include "trace.h"

static void goto_out(void)
{
	with (res(1)) with (res(2)) {
		with (res(3)) {
			with (res(4)) with (res(5)) {
				with (res(6)) {
					say("deep");
					goto out;
				}
			}
		}
	}
out:
	say("out");
}

static int ret(void)
{
	with (res(1) as a) with (res(2) as b) with (res(3) as c)
	with (res(4) as d) with (res(5) as e) with (res(6) as f)
		return a + b + c + d + e + f;
	return -1;
}

static void loop(void)
{
	int i;
	for (i = 0; i < 3; i++) {
		with (res(1)) { with (res(2)) { with (res(3)) {
		with (res(4)) { with (res(5)) { with (res(6)) {
			if (i == 0)
				continue;
			break;
		} } } } } }
	}
	sayi(i);
}

int main(void)
{
	begin("goto out of six"); goto_out(); end();
	begin("return from six"); sayi(ret()); end();
	begin("continue/break out of six"); loop(); end();
	begin("six items, last fails");
	with (res(1), res(2), res(3), res(4), res(5), res(-6))
		say("not reached");
	else
		say("else");
	end();
	return 0;
}
