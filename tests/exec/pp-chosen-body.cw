/* A statement that if/for chooses by #ifdef, where cwith's reading of both
 * branches (the later one as a statement after the if) changes nothing it
 * writes: accepted, and the exits run as written.  The loop whose body is so
 * chosen has no break under a with-statement (those are refused:
 * errors/pp-chosen-loop-body). */
#include "trace.h"

static int verbose = 1;

static void run(void)
{
	for (int n = 0; n < 3; n++)
		with (res(1)) {
			if (verbose)
#ifdef NEVER_DEFINED
				say("quiet");
#else
				say("loud");
#endif
			if (n == 0)
#ifdef NEVER_DEFINED
				say("zero");
#else
				continue;       /* leaves the with: X1 */
#endif
			if (n == 2)
#ifdef NEVER_DEFINED
				say("two");
#else
				break;          /* leaves the with and the for: X1 */
#endif
			for (int i = 0; i < 2; i++)
#ifdef NEVER_DEFINED
				say("never");
#else
				sayi(i);
#endif
			if (n == 1) break;      /* after the loop: every branch has its body */
			say("not reached");
		}
	for (int i = 0; i < 2; i++)
#ifdef NEVER_DEFINED
		say("never");
#else
		with (res(2)) sayi(i);
#endif
}

int main(void)
{
	begin("chosen");
	run();
	end();
	return 0;
}
