/* Scenario 15: Duff's device with a with around the whole switch is fine:
 * the case labels are inside the do-while, inside the switch, all inside the
 * body.  (Case labels inside a with body whose switch is outside: error,
 * tests/errors/duff-with-inside.cw.)  The fall-through comments keep gcc's
 * -Wimplicit-fallthrough (in -Wextra) quiet: the translator must copy the
 * body's comments through. */
#include <string.h>
#include "trace.h"

static void copy(char *to, const char *from, int count)
{
	with (res(1) as r) {
		int n = (count + 7) / 8;
		switch (count % 8) {
		case 0: do { *to++ = *from++;
			/* fall through */
		case 7: *to++ = *from++;
			/* fall through */
		case 6: *to++ = *from++;
			/* fall through */
		case 5: *to++ = *from++;
			/* fall through */
		case 4: *to++ = *from++;
			/* fall through */
		case 3: *to++ = *from++;
			/* fall through */
		case 2: *to++ = *from++;
			/* fall through */
		case 1: *to++ = *from++;
			} while (--n > 0);
		}
		sayi(r);
	}
}

int main(void)
{
	const char src[] = "abcdefghijklmnopqrstuvwxyz";
	char dst[sizeof src];
	int count;

	for (count = 1; count <= 19; count += 9) {
		memset(dst, 0, sizeof dst);
		begin("duff");
		copy(dst, src, count);
		say(dst);
		end();
	}
	return 0;
}
