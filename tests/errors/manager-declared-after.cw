/* error: 10:11 no manager 'late' is declared before this with-statement */
#include <stdio.h>
#include "cwith.h"

/* C wants the declaration before its use: the one after the function
 * comes too late for the compiler, which would fail on the names cwith generates. */
FILE *late(const char *p);
int g(const char *p)
{
    with (late(p) as h) return fgetc(h);
}
CWITH_MANAGER(late, FILE *, v == NULL, fclose);
