/* error: 12:9 returning the as name through a cast; note: 10:24 */
/* A cast does not hand the resource over: `return (void *)p;` returns the
 * released p as surely as `return p;` does. */
#include <stdlib.h>
#include <string.h>

void *copy(const char *s)
{
    size_t n = strlen(s) + 1;
    with (malloc(n) as p) {
        memcpy(p, s, n);
        return (void *)p;
    }
    return NULL;
}

int dup_fd(int k)
{
    with (open("x", 0) as fd) {
        if (k) return (const int) (fd);
        return (int)(fd) + 1;           /* a number, not the descriptor: fine */
    }
    return -1;
}

char *call(char *(*f)(void *))
{
    with (malloc(8) as p)
        return (f)(p);                  /* a call through f: fine */
    return NULL;
}
