/* Labels and gotos spelt with a line splice are the same label to the
 * compiler, and so to cwith: each goto out of the body exits the item
 * once. (A universal character name, `fin\u00ed`, too: tests/errors/
 * goto-into-body-ucn-label; tcc does not read them.) */
#include "trace.h"

int main(void)
{
	int n = 0;

	begin("spliced goto, plain label");
	with (res(1)) {
		if (n == 0)
			goto do\
ne;
		say("not here");
	}
done:
	end();

	begin("a name beyond ASCII");
	with (res(2)) {
		with (res(3)) {
			goto fi\
ní;
		}
	}
finí:
	end();
	return n;
}
