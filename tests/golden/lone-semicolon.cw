; /* an empty declaration first: the next declaration still begins at its
   own first token (the return type below), not at the ';' before these
   directives (the full parse read a header with preprocessor lines) */
#include <stdio.h>
#include "cwith.h"

int first_byte(const char *path)
{
    with (fopen(path, "r") as f)
        return fgetc(f);
    return -1;
}
