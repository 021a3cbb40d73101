/* error: 11:9 a macro of a header next to the file that returns; note: 9:5 */
#include <stdio.h>
#include "cwith.h"
#include "header-check.h"

int first_byte(const char *path)
{
    int c;
    with (fopen(path, "r") as f) {
        c = fgetc(f);
        CHECK(c != EOF);        /* f would stay open */
    }
    return c;
}
