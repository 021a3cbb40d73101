/* One self-referential macro with twelve #defines under #if: the compiler
 * sees one (T is not expanded again inside its own expansion, C11
 * 6.10.3.4p2). cwith does not evaluate #if, so it follows every definition,
 * each through all the others' (each macro once, to a fixed point), and
 * translates. (Before: each definition's T followed into every other
 * definition, refused as too deep to follow after 16M tokens, or seconds of
 * work: a fuzz timeout.) */
#include "trace.h"

#define LEVEL 3
static int T = 1;
#if LEVEL == 0
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 0)
#elif LEVEL == 1
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 1)
#elif LEVEL == 2
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 2)
#elif LEVEL == 3
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 3)
#elif LEVEL == 4
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 4)
#elif LEVEL == 5
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 5)
#elif LEVEL == 6
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 6)
#elif LEVEL == 7
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 7)
#elif LEVEL == 8
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 8)
#elif LEVEL == 9
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 9)
#elif LEVEL == 10
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 10)
#elif LEVEL == 11
#define T (T + T + T + T + T + T + T + T + T + T + T + T + 11)
#endif

static int twelve(void)
{
	with (res(1)) return T;
	return 0;
}

int main(void)
{
	begin("twelve #defines of a self-referential macro");
	with (res(2)) sayi(twelve());
	end();
	return 0;
}
