/* [[...]] and _Pragma(...) before a braceless with body, an else branch
 * and a deferred statement stay where they were written. */
#include "cwith.h"

int f(int n)
{
	with (malloc(1) as p) /* c */ [[]] return n;
	else [[]] return -1;
	_Defer _Pragma("GCC diagnostic push") n++;
	with (malloc(2)) [[gnu::unused]] L: n++;
	return n;
}
