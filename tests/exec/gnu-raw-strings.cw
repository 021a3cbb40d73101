/* GNU raw strings R"d(...)d": quotes, braces, `return` and `with (` inside
 * one are text, not code; the with-statements around them are translated. */
#include "trace.h"

static const char *text = R"x(a " } { return 1; with (res(9)) )" )x";

static int f(void)
{
	with (res(1)) {
		say(R"(in "body" })");
		return 2;
	}
	return 0;
}

int main(void)
{
	begin("raw strings");
	sayi(f());
	say(text[0] == 'a' ? "text ok" : "text wrong");
	end();
	return 0;
}
