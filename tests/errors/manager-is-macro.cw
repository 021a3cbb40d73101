/* error: 12:11 no manager 'OPEN_READ' is declared; note: 8:9 the macro */
#include <stdio.h>
#include "cwith.h"

/* The build step does not expand macros: the manager is the word written,
 * and the code it writes names the type of a manager OPEN_READ, which
 * nothing declares. */
#define OPEN_READ(p) fopen((p), "r")

int first(const char *path)
{
    with (OPEN_READ(path) as f) return fgetc(f);
    return -1;
}
