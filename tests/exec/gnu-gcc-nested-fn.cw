/* Scenario 17 (GCC only): a return inside a nested function defined inside a
 * with body returns from the nested function only: no exit for the outer
 * with.  A nested function may hold its own with, exited by its return. */
#include "trace.h"

int main(void)
{
	begin("nested fn returns");
	with (res(1) as a) {
		int twice(int x) { return 2 * x; }
		sayi(twice(a + 2));
		say("after call");
	}
	end();

	begin("nested fn with its own with");
	with (res(1) as a) {
		int inner(int x)
		{
			with (res(2) as b)
				return a + b + x;
			return -1;
		}
		sayi(inner(10));
		sayi(inner(20));
	}
	end();
	return 0;
}
