/* error: 16:13 a return from the scope of a cleanup variable; note: 14:19 */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

static void release(char **p)
{
    free(*p);
}

int first(const char *path)
{
    with (fopen(path, "r") as f) {
        char *buf __attribute__((cleanup(release))) = malloc(64);
        if (!buf || !fgets(buf, 64, f))
            return -1;  /* f would be closed before buf is freed */
        puts(buf);
    }
    return 0;
}
