/* error: 10:9 returning the as name; note: 8:24 */
#include <stdlib.h>
#include <string.h>

char *copy(const char *s)
{
    size_t n = strlen(s) + 1;
    with (malloc(n) as p) {
        memcpy(p, s, n);
        return (p);
    }
    return NULL;
}
