/* error: 8:5 a header's macro may leave a defer's scope; note: 7:5 */
#include <stdio.h>
#include "header-check.h"

int f(FILE *fp)
{
    defer fclose(fp);
    CHECK(fgetc(fp) != EOF);
    return 0;
}
