/* error: 10:31 a braceless with body that starts with an if-like macro; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define WHEN(c) if (c)
#define TRACE puts("trace");

int f(const char *p, int a)
{
    with (fopen(p, "r") as f) WHEN(a) puts("a"); else puts("not a");
    with (fopen(p, "r") as f) TRACE puts("after the exit");
    return 0;
}
