/* A return type that is a macro of a system header, <stdbool.h>'s bool,
 * in a function whose return runs a defer or a with-statement's exit. The
 * build step reads `bool` as a type name; the compiler wrapper reads the
 * preprocessed text, where gcc -E writes `_Bool`, then a line marker
 * (`# 21 "file"`), then the rest of the header: the marker is no
 * preprocessor line of the program's, and the type is `_Bool`
 * (cli/wrapper.sh runs this program through `cwith gcc`; it was refused
 * there: "its header has preprocessor lines"). */
#include <stdbool.h>
#include "trace.h"

static void d(int id) { printf(" D%d", id); }

static bool deferred(int k)
{
	defer d(1);
	return k > 0;
}

static bool
in_with(int k)
{
	with (res(2) as r) {
		defer d(2);
		if (k) return r == 2;
	}
	return false;
}

int main(void)
{
	begin("deferred 1"); sayi(deferred(1)); end();
	begin("deferred 0"); sayi(deferred(0)); end();
	begin("in_with 1"); sayi(in_with(1)); end();
	begin("in_with 0"); sayi(in_with(0)); end();
	return 0;
}
