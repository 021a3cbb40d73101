/* `as TYPE NAME` declares NAME read-only (README "The statement": `TYPE
 * const NAME`). A type that already makes the name const (`const int`,
 * `int const`, `char *const`) must not get a second const: gcc's -Wall
 * (-Wduplicate-decl-specifier) warned on the generated `const int const
 * x`, and -Werror failed a valid program. A const before the last `*`
 * (`const char *`) is the pointee's: the name still gets its const. */
#include <stdlib.h>
#include "trace.h"

int main(void)
{
	begin("const types");
	with (res(1) as const int a) sayi(a);
	with (res(2) as int const b) sayi(b);
	with (res(3) as const long volatile c) sayi((int)c);
	with (malloc(4) as char *const p) { p[0] = 'x'; sayi(p[0] == 'x'); }
	with (malloc(4) as const char *const q) sayi(q != NULL);
	with (malloc(4) as const char *r) sayi(r != NULL);
	end();
	return 0;
}
