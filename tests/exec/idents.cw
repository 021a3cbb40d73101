/* `with` and `as` stay ordinary identifiers outside with-statement syntax:
 * variables, a function named with, struct members, a parameter, a macro;
 * and the text "with (...)" in strings and comments is left alone.  (A
 * statement starting `with (` is always a with-statement, so the function
 * `with` is never called at the start of a statement here.) */
#include "trace.h"

struct opts { int with; int as; };

static int with(int x) { return x + 1; }

static int twice(int with) { return 2 * with; }

#define WITH_TWICE(x) with(with(x))

int main(void)
{
	int as = 2;
	struct opts o;
	struct opts *p = &o;

	begin("identifiers");
	o.with = with(1);
	o.as = as;
	sayi(o.with);
	sayi(o.as);
	sayi(with(as));
	sayi(p->with + p->as);
	sayi(twice(3));
	sayi(WITH_TWICE(1));
	end();

	begin("statements starting with the names");
	as = 5;
	as += 1;
	sayi(as);
	{
		int with = 7;
		with = with + 1;
		with++;
		sayi(with);
	}
	end();

	begin("strings and comments");
	say("with (res(9) as x) say(\"no\");"); /* with (res(8)) say("no"); */
	// with (res(7)) say("no");
	sayi('w');
	end();

	begin("names inside a with");
	with (res(as) as w) {
		int with = w + o.with;
		sayi(with);
		sayi(o.as);
	}
	end();
	return 0;
}
