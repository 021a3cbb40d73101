/* error: 13:27 a macro whose text is else after an empty macro; note: 8:9 */
/* OR_ELSE's text begins with NOTHING, which expands to nothing: the else
 * comes first, and the compiler gives it to the braceless with-statement
 * (third audit: exit 0, and the output had an else without an if). */
#include <stdio.h>
#include "cwith.h"
#define NOTHING
#define OR_ELSE NOTHING else

void f(const char *p)
{
    with (fopen(p, "r") as f)
        fputs("body", f); OR_ELSE puts("else");
}
