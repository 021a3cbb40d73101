/* Return types: a macro #defined twice with the same text (C allows
 * identical redefinitions) is certain, so the return temporary is its
 * text, double here (an int temporary would truncate 0.25 to 0). Macros
 * with different #defines or under #if are refused (errors/ret-macro-*). */
#include "trace.h"

#define REAL double
#define REAL   double       /* the same tokens: the same macro */

REAL quarter(void)
{
	with (res(1)) return 0.25;
	return 0;
}

int main(void)
{
	begin("identical redefinition");
	say(quarter() == 0.25 ? "0.25" : "wrong");
	end();
	return 0;
}
