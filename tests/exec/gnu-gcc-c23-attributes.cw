/* C23 attribute specifier sequences ([[...]]) and _Pragma before statements
 * and labels in with bodies: `[[]] { ... }` is a block, `[[]] return x;` a
 * return that runs the exits, `[[maybe_unused]] L:` a label, and
 * `_Pragma("...") if (c) break;` an if (no macro loop); before a braceless
 * with body or deferred statement they stay in the output.  GNU's label
 * attributes (`again: __attribute__((unused)) if ...`) too.  gcc only: clang
 * reads [[...]] in C only with -std=c2x. */
#include "trace.h"

static int attrs(int n)
{
	begin("attrs");
	with (res(1)) {
		[[maybe_unused]] int unused;
		[[]] if (n == 1) [[]] {
			say("one");
			[[]] return 10;
		}
		[[]] with (res(2)) [[]] {
			if (n == 2) goto out;
			say("inner");
		}
		[[]] [[]] return 20;
	}
	[[maybe_unused]] out:
	say("out");
	return 30;
}

static int labels(int n)
{
	begin("labels");
	with (res(3)) {
		[[maybe_unused]] again:
		sayi(n);
		if (n-- > 0) goto again;
	}
	end();
	begin("case");
	switch (n) {
	[[]] case -1:
		with (res(4)) {
			[[]] for (;;) [[]] break;
			say("loop left");
		}
		[[fallthrough]];
	[[]] default:
		say("default");
	}
	return 0;
}

static int pragmas(void)
{
	int i;
	begin("pragma");
	for (i = 0; i < 3; i++) {
		with (res(i + 5)) {
			_Pragma("GCC diagnostic push")
			if (i == 1) break;
			_Pragma("GCC diagnostic pop")
			sayi(i);
		}
	}
	return i;
}

static int braceless(int n)
{
	begin("braceless");
	with (res(8)) [[]] if (n) [[]] return 40;
	with (res(9)) _Pragma("GCC diagnostic push") say("pragma");
	_Pragma("GCC diagnostic pop")
	_Defer [[]] say("deferred");
	return 41;
}

static int label_attribute(int n)
{
	begin("label attribute");
	with (res(10)) {
	again: __attribute__((unused)) if (n-- > 0) goto again;
		sayi(n);
	}
	return n;
}

int main(void)
{
	sayi(attrs(1)); end();
	sayi(attrs(2)); end();
	sayi(attrs(3)); end();
	labels(1); end();
	sayi(pragmas()); end();
	sayi(braceless(1)); end();
	sayi(braceless(0)); end();
	sayi(label_attribute(1)); end();
	return 0;
}
