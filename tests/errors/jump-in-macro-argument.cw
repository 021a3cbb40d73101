/* error: 11:27 a return in a macro's argument, in a with body; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

#define ON_ERR(cond, action) do { if (cond) { action; } } while (0)

int first_byte(const char *path)
{
    int c = 0;
    with (fopen(path, "r") as f) {
        ON_ERR(f == NULL, return -1);   /* the macro runs the return: no exit */
        c = fgetc(f);
    }
    return c;
}
