/* error: 8:1 the body of a with-statement chosen by #ifdef; note: 7:5 */
#include <stdio.h>
#include "cwith.h"

void log_line(const char *path)
{
    with (fopen(path, "a") as f)
#ifdef VERBOSE
    { fputs("verbose\n", f); }
#else
    { fputs("quiet\n", f); }
#endif
}
