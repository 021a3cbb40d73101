/* A struct member named `defer` or `errdefer` (and its uses, o.defer,
 * p->errdefer) does not make those words ordinary names: no statement
 * begins with a member. (Before: the file was taken to use `defer` as a
 * name, the defer statements were left as written, exit 0, and the
 * compilers refused the output; so through the compiler wrapper when the
 * struct came from a header.) An enumerator named so would be a name. */
#include "trace.h"

struct opts {
	int defer;
	union { int errdefer; } u;
};

struct __attribute__((aligned(8))) aligned_opts {    /* an attribute before the tag */
	int defer;
};

static int f(int k)
{
	struct opts o = { 1, { 2 } };
	struct opts *p = &o;
	struct aligned_opts a = { 0 };
	defer say("A");
	errdefer say("not run");
	with (res(1)) {
		if (k)
			return o.defer + p->u.errdefer + a.defer + 5;
	}
	return o.defer;
}

int main(void)
{
	for (int k = 0; k < 2; k++) {
		begin("f");
		sayi(k);
		sayi(f(k));
		end();
	}
	return 0;
}
