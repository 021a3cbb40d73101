/* Scenario 8: a loop inside the body, break/continue: no exit.  A loop
 * around the with: break gives Xa then leaves; continue gives Xa then the
 * next iteration (Ea Xa Ea Xa per iteration).  All three loop kinds. */
#include "trace.h"

int main(void)
{
	int i, j;

	begin("loop in body");
	with (res(1)) {
		for (i = 0; i < 5; i++) {
			if (i == 1)
				continue;
			if (i == 3)
				break;
			sayi(i);
		}
		say("after loop");
	}
	end();

	begin("for around, continue and break");
	for (i = 0; i < 5; i++) {
		with (res(i + 1)) {
			if (i == 1)
				continue;
			if (i == 2)
				break;
			say("body");
		}
		say("tail");
	}
	end();

	begin("while around, break");
	i = 0;
	while (1) {
		with (res(7)) {
			if (++i == 2)
				break;
		}
	}
	sayi(i);
	end();

	begin("do-while around, continue");
	i = 0;
	do {
		with (res(8)) {
			if (i++ < 2)
				continue;
			say("last");
		}
	} while (i < 3);
	end();

	begin("nested loops, break inner");
	for (i = 0; i < 2; i++) {
		with (res(1)) {
			for (j = 0; j < 3; j++) {
				with (res(2)) {
					if (j == 1)
						break;
					sayi(j);
				}
			}
			say("inner done");
		}
	}
	end();
	return 0;
}
