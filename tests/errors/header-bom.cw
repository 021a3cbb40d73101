/* error: 10:9 a jumping macro on the first line of a header that starts with a BOM; note: 8:5 */
#include <stdio.h>
#include "cwith.h"
#include "header-bom.h"

int first_byte(const char *path)
{
    with (fopen(path, "r") as f) {
        int c = fgetc(f);
        CHECK(c != EOF);        /* f would stay open */
        return c;
    }
    return -1;
}
