/* error: 15:16 a return from the scope of a cleanup variable declared through a macro; note: 14:9 */
#include <stdlib.h>
#include "cwith.h"

#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_free_ _cleanup_(release)

static void release(char **p) { free(*p); }

int f(int k)
{
    with (malloc(1) as p) {
        (void)p;
        _cleanup_free_ char *buf = malloc(8);
        if (k) return 1;        /* the exit would run before the cleanup */
    }
    {
        _cleanup_free_ char *other = malloc(8);     /* no with-statement here */
        if (k > 1) return 2;
    }
    return 0;
}

/* a function named cleanup in a macro is no cleanup attribute */
void cleanup(void *);
#define RESET(x) cleanup(x)

int g(int k)
{
    with (malloc(1) as p) {
        RESET(p);
        if (k) return 1;
    }
    return 0;
}
