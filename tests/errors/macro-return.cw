/* error: 12:9 a macro that returns, used in a with body; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define CHECK(x) do { if (!(x)) return -1; } while (0)

int first_byte(const char *path)
{
    int c;
    with (fopen(path, "r") as f) {
        c = fgetc(f);
        CHECK(c != EOF);        /* was translated: f stayed open */
    }
    return c;
}
