/* error: 10:9 returning the as name spelt with a line splice; note: 8:24 */
#include <stdlib.h>
#include <string.h>

char *copy(const char *s)
{
    size_t n = strlen(s) + 1;
    with (malloc(n) as buf) {
        memcpy(buf, s, n);
        return b\
uf;
    }
    return NULL;
}
