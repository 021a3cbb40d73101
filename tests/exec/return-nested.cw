/* Scenario 11: return from nested withs inside a loop inside a switch:
 * Ea Eb Xb Xa, each exactly once.  Also withs both outside and inside the
 * loop and switch. */
#include "trace.h"

static int f(int k)
{
	int i;

	switch (k) {
	case 0:
		for (i = 0; i < 3; i++) {
			with (res(1) as a) {
				with (res(2) as b) {
					if (i == 1)
						return a + b + i;
				}
			}
		}
		break;
	default:
		break;
	}
	return -1;
}

static int g(int k)
{
	int i;

	with (res(1)) {
		switch (k) {
		case 0:
			while (1) {
				for (i = 0; ; i++) {
					with (res(2)) {
						with (res(3), res(4)) {
							if (i == 1)
								return 10 + i;
						}
					}
				}
			}
		}
	}
	return -1;
}

int main(void)
{
	begin("in for in switch"); sayi(f(0)); end();
	begin("not taken"); sayi(f(1)); end();
	begin("with around switch"); sayi(g(0)); end();
	begin("switch skipped"); sayi(g(1)); end();
	return 0;
}
