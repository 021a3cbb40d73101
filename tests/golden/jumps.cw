#include <pthread.h>
#include <stdio.h>
#include "cwith.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

int first_long_line(const char *path, char *out, size_t size)
{
    int lineno = 0;
    with (mutex_locked(&m), fopen(path, "r") as f) {
        while (fgets(out, (int)size, f)) {
            lineno++;
            if (out[0] == '#')
                continue;           /* the loop is inside: no exit */
            if (lineno > 1000)
                goto give_up;       /* leaves both */
            if (strlen(out) > 72)
                return lineno;      /* value first, then f, then m */
        }
    } else
        return -1;
    return 0;
give_up:
    return -2;
}

void drain(FILE *in)
{
    for (;;) {
        with (malloc(4096) as buf) {
            if (!fread(buf, 1, 4096, in))
                break;              /* frees buf, leaves the for */
        }
    }
}
