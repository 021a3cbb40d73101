/* A K&R definition whose parameter declaration defines an anonymous
 * struct: the return type (int) is before the name; the struct is the
 * parameter's. (Before: refused as "its return type is an anonymous
 * struct".) */
#include <stddef.h>
#include "trace.h"

static int field_or_seven(a)
	struct { int x; } *a;
{
	with (res(1)) return a ? a->x : 7;
	return 0;
}

int main(void)
{
	begin("K&R parameter of an anonymous struct type");
	sayi(field_or_seven((void *)NULL));
	end();
	return 0;
}
