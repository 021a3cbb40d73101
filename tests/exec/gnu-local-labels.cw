/* GNU local labels (__label__): a goto to a local label inside the same
 * with body exits nothing; a goto from the body to a function-level label
 * of the same name after the with-statement runs its exit (it was rejected
 * as a jump into the body). */
#include "trace.h"

static int first_positive(const int *v, int n)
{
	int found = -1;
	with (res(1)) {
		found = ({ __label__ out; int i, r = -1;
			for (i = 0; i < n; i++)
				if (v[i] > 0) { r = v[i]; goto out; }
		out:
			r; });
		say("in body");
	}
	return found;
}

static int two_dones(int x)
{
	with (res(2)) {
		{
			__label__ done;
			if (x > 1) goto done;
			say("inner");
		done:
			say("local done");
		}
		if (x > 0) goto done;
		say("not skipped");
	}
	return 0;
done:
	say("outer done");
	return 1;
}

int main(void)
{
	int v[] = { -1, 5, 7 };
	begin("local label in a statement expression");
	sayi(first_positive(v, 3));
	end();
	begin("inner and outer label of one name");
	sayi(two_dones(2));
	sayi(two_dones(0));
	end();
	return 0;
}
