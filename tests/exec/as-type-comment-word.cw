/* A storage class in the type after `as` is refused (errors/as-type-storage),
 * but a comment that names one is not a storage class: the check read the
 * raw bytes, so `as char *p` with a comment holding the word static between
 * the type and the name was refused. Words in comments do not count. */
#include <stdlib.h>
#include "trace.h"

int main(void)
{
	begin("comment words");
	with (res(1) as int /* static */ a) sayi(a);
	with (res(2) as /* typedef */ int b) sayi(b);
	with (res(3) as int /* thread_local */ c) sayi(c);
	with (malloc(4) as char /* __thread */ *p) { p[0] = 'x'; sayi(p[0] == 'x'); }
	end();
	return 0;
}
