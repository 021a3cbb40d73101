/* error: 11:48 a macro that begins with else, after a braceless with-statement; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define OR_ELSE else
#define ELSE_SAY(s) OR_ELSE puts(s)

int f(int c, const char *p)
{
    /* the compiler gives the else to the with-statement, cwith to the if */
    if (c) with (fopen(p, "r") as f) fgetc(f); OR_ELSE puts("fallback");
    return 0;
}
