/* A file that includes itself, as gcc's torture tests do (vprintf-1.c):
 * the "header" with a with-statement is the input, which is translated,
 * not a header the build step would leave untranslated. */
#ifndef SELF_INCLUDE_DONE
#define SELF_INCLUDE_DONE
#include <stdio.h>
#include "self-include.cw"
#else
int first(const char *path)
{
    with (fopen(path, "r") as f)
        return fgetc(f);
    return -1;
}
#endif
