/* Scenario 3 (return) and 7 (break out of a loop around the statement):
 * a backslash before a line splice (`\\` + newline). C removes the splice
 * first (translation phase 2), so in a string the first backslash escapes
 * the next line's first character, and a // comment goes on to the next
 * line. The jumps the compiler sees must get their exits. */
#include "trace.h"

/* the compiler's warning about a // comment that goes on (the point here) */
#pragma GCC diagnostic ignored "-Wcomment"

static int string_then_return(void)
{
	with (res(1)) {
		const char *s = "a\\
n"; (void)s; return 1; /* ";
		say(s); */
	}
	return 0;
}

int main(void)
{
	begin("string");
	sayi(string_then_return());
	end();

	begin("line comment");
	for (;;) {
		with (res(2)) {
			say("body"); // the next line is this comment too: \\
			while (0)
			break;
		}
		say("not reached");
		break;
	}
	end();
	return 0;
}
