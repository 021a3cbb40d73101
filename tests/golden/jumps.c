#line 1 "tests/golden/jumps.cw"
#include <pthread.h>
#include <stdio.h>
#include "cwith.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

int first_long_line(const char *path, char *out, size_t size)
{ typedef int cwith_rett;
    int lineno = 0;
    { int cwith_failed1 = 0; { cwith_type_mutex_locked const cwith1 = mutex_locked(&m); if (cwith_failed_mutex_locked(cwith1)) { goto cwith_else1; } else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_mutex_locked, "tests/golden/jumps.cw", 10, "mutex_locked", cwith_site_magic }; cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1, &cwith_jb1); if (cwith_handles_mutex_locked) { if (cwith_setjmp(cwith_jb1) != 0) { cwith_failed1 = 0; goto cwith_done1; } } { cwith_type_fopen const cwith2_f = fopen(path, "r"); if (cwith_failed_fopen(cwith2_f)) { cwith_failed1 = 1; goto cwith_done2; } else { cwith_frame cwith_frame2; jmp_buf cwith_jb2; static const cwith_site cwith_site2 = { cwith_exit_any_fopen, "tests/golden/jumps.cw", 10, "fopen", cwith_site_magic }; cwith_enter_in_(&cwith_frame2, &cwith_site2, &cwith2_f, &cwith_jb2, &cwith_frame1); if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb2) != 0) { cwith_failed1 = 0; goto cwith_done2; } } { cwith_type_fopen const f = cwith2_f; (void)f; {
        while (fgets(out, (int)size, f)) {
            lineno++;
            if (out[0] == '#')
                continue;           /* the loop is inside: no exit */
            if (lineno > 1000)
                { cwith_leave_(&cwith_frame2); cwith_exit_fopen(&cwith2_f, 0); cwith_leave_(&cwith_frame1); cwith_exit_mutex_locked(&cwith1, 0); goto give_up; }       /* leaves both */
            if (strlen(out) > 72)
                { cwith_rett cwith_ret = (lineno); cwith_leave_(&cwith_frame2); cwith_exit_fopen(&cwith2_f, 0); cwith_leave_(&cwith_frame1); cwith_exit_mutex_locked(&cwith1, 0); return cwith_ret; }      /* value first, then f, then m */
        }
    } cwith_leave_(&cwith_frame2); cwith_exit_fopen(&cwith2_f, 0); } cwith_done2:; } cwith_leave_(&cwith_frame1); cwith_exit_mutex_locked(&cwith1, 0); } cwith_done1:; } } if (cwith_failed1) goto cwith_else1; if (0) { cwith_else1:;
        return -1; } }
    return 0;
give_up:
    return -2;
}

void drain(FILE *in)
{
    for (;;) {
        { cwith_type_malloc const cwith3_buf = malloc(4096); if (cwith_failed_malloc(cwith3_buf)) cwith_enter_failed("tests/golden/jumps.cw", 30, "malloc"); else { cwith_frame cwith_frame3; jmp_buf cwith_jb3; static const cwith_site cwith_site3 = { cwith_exit_any_malloc, "tests/golden/jumps.cw", 30, "malloc", cwith_site_magic }; cwith_enter_(&cwith_frame3, &cwith_site3, &cwith3_buf, &cwith_jb3); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb3) != 0) goto cwith_done3; } { cwith_type_malloc const buf = cwith3_buf; (void)buf; {
            if (!fread(buf, 1, 4096, in))
                { cwith_leave_(&cwith_frame3); cwith_exit_malloc(&cwith3_buf, 0); break; }              /* frees buf, leaves the for */
        } cwith_leave_(&cwith_frame3); cwith_exit_malloc(&cwith3_buf, 0); } cwith_done3:; } }
    }
}
