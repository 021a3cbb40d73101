/* error: 18:13 a return from the scope of a [[gnu::cleanup]] variable; note: 16:9 */
/* The C23 spelling of the cleanup attribute, before the declaration (the
 * statement's prefix) and after the declarator, is a cleanup too. */
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
        [[gnu::cleanup(release)]] char *buf = malloc(64);
        if (!buf || !fgets(buf, 64, f))
            return -1;  /* f would be closed before buf is freed */
        puts(buf);
    }
    return 0;
}

int second(const char *path)
{
    with (fopen(path, "r") as f) {
        char *buf [[__gnu__::__cleanup__(release)]] = malloc(64);
        if (!buf || !fgets(buf, 64, f))
            return -2;
        puts(buf);
    }
    return 0;
}
