/* error: 7:5 #ifdef inside a with header: both items were entered */
#include <stdio.h>
#include "cwith.h"

void log_to(const char *path)
{
    with (
#ifdef APPEND
          fopen(path, "a") as f
#else
          fopen(path, "w") as f
#endif
         ) {
        fputs("x\n", f);
    }
}
