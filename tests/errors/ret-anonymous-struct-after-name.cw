/* error: 10:26 an anonymous struct in the return type after the function's name; note: 9:1 */
/* The returned pointer's function type has a parameter of an anonymous
 * struct type: the tag is after the name, but in the return type (the
 * temporary's typedef read `struct *`: exit 0, output no compiler takes). */
#include <stdlib.h>
static int cb(void *p) { (void)p; return 4; }

int (*f(void))(struct { int x; } *)
{
	with (malloc(1)) return (int (*)())cb;
	return 0;
}
