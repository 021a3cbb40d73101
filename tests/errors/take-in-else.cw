/* error: 10:27 the else is outside the items scope; note: 10:16 */
#include <stdio.h>
#include "cwith.h"

FILE *f(const char *path)
{
    with (fopen(path, "r") as fp) {
        return NULL;
    } else {
        return cwith_take(fp);
    }
    return NULL;
}
