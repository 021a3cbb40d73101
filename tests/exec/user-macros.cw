/* The generated code expands among the user's macros: object-like macros
 * named like the runtime's internals (frame members, parameter names) must
 * not break it. From gcc's torture test 990923-1.c (`#define value ...`),
 * found by tests/corpus's wrapping run. */
#include "trace.h"

#define value 0xabcd0000L
#define resume 1
#define prev 2
#define exit 3
#define vp 4
#define err 5
#define f 6
#define out 7

int main(void)
{
	begin("user macros");
	with (res(1) as r, guard(2), handler(3)) {
		sayi(r + (value != 0) + resume + prev + exit + vp + err + f + out);
	}
	end();
	return 0;
}
