#line 1 "tests/golden/jumps.cw"
#include <pthread.h>
#include <stdio.h>
#include "cwith.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

int first_long_line(const char *path, char *out, size_t size)
{
    int lineno = 0;
    { int cwith_ok1 = 0; { cwith_type_mutex_locked const cwith1 = mutex_locked(&m); if (!cwith_failed_mutex_locked(cwith1)) { CWITH_ENTER(mutex_locked, 1, cwith1) { cwith_type_fopen const cwith2_f = fopen(path, "r"); if (!cwith_failed_fopen(cwith2_f)) { CWITH_ENTER(fopen, 2, cwith2_f) { cwith_type_fopen const f = cwith2_f; cwith_ok1 = 1; {
        while (fgets(out, (int)size, f)) {
            lineno++;
            if (out[0] == '#')
                continue;           /* the loop is inside: no exit */
            if (lineno > 1000)
                { CWITH_LEAVE(2); cwith_exit_fopen(&cwith2_f, 0); CWITH_LEAVE(1); cwith_exit_mutex_locked(&cwith1, 0); goto give_up; }       /* leaves both */
            if (strlen(out) > 72)
                { int cwith_ret = (lineno); CWITH_LEAVE(2); cwith_exit_fopen(&cwith2_f, 0); CWITH_LEAVE(1); cwith_exit_mutex_locked(&cwith1, 0); return cwith_ret; }      /* value first, then f, then m */
        }
    } CWITH_LEAVE(2); cwith_exit_fopen(&cwith2_f, 0); } } CWITH_LEAVE(1); cwith_exit_mutex_locked(&cwith1, 0); } } } if (!cwith_ok1) {
        return -1; } }
    return 0;
give_up:
    return -2;
}

void drain(FILE *in)
{
    for (;;) {
        { cwith_type_malloc const cwith3_buf = malloc(4096); if (cwith_failed_malloc(cwith3_buf)) cwith_enter_failed(__FILE__, 30, "malloc"); else { CWITH_ENTER(malloc, 3, cwith3_buf) { cwith_type_malloc const buf = cwith3_buf; {
            if (!fread(buf, 1, 4096, in))
                { CWITH_LEAVE(3); cwith_exit_malloc(&cwith3_buf, 0); break; }              /* frees buf, leaves the for */
        } CWITH_LEAVE(3); cwith_exit_malloc(&cwith3_buf, 0); } } }
    }
}
