/* error: 17:9 a macro with one definition that returns, under #ifdef; note: 7:9 */
#include <stdio.h>
#include "cwith.h"

/* cwith does not evaluate #if: every #define of CHECK counts */
#ifdef DEBUG
#define CHECK(x) do { if (!(x)) return -1; } while (0)
#else
#define CHECK(x) ((void)(x))
#endif

int first_byte(const char *path)
{
    int c;
    with (fopen(path, "r") as f) {
        c = fgetc(f);
        CHECK(c != EOF);        /* with -DDEBUG: f stayed open */
    }
    return c;
}
