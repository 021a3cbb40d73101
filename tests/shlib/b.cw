/* libb.so: calls liba.so's callback inside a with-statement, and raises
 * inside another. */
#include "shtrace.h"

void b_walk(void (*callback)(void))
{
	with (tr("B1")) {
		callback();
		printf(" not-reached");
	}
}

void b_inner(void)
{
	with (tr("B2")) {
		cwith_raise(7, "raised in libb");
	}
}
