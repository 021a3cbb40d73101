/* cw-manager.h -- counting manager for the wrapping test (wrap.py).
 * Force-included into every wrapped torture program
 * (gcc -include cw-manager.h), so the program's lines do not move.
 * At process end a destructor checks enters == exits and aborts
 * otherwise, unless the program ended through exit() (the README says
 * exit() skips the exits of the with-statements it is called from):
 * calls to exit() are routed through __wrap_exit by -Wl,--wrap=exit;
 * returning from main calls libc's exit directly, not the wrapper.
 * CW_REPORT=FILE appends "enters exits via_exit" to FILE. */
#include "cwith.h"
static long cw_enters, cw_exits;
static volatile int cw_via_exit;
static int cw_enter(void) { cw_enters++; return 1; }
static void cw_leave(int v) { (void)v; cw_exits++; }
CWITH_MANAGER(cw_enter, int, v == 0, cw_leave);
void __real_exit(int) __attribute__((__noreturn__));
void __wrap_exit(int s) __attribute__((__noreturn__));
void __wrap_exit(int s) { cw_via_exit = 1; __real_exit(s); }
__attribute__((__destructor__)) static void cw_check(void)
{
    const char *r = getenv("CW_REPORT");
    if (r) {
        FILE *f = fopen(r, "a");
        if (f) { fprintf(f, "%ld %ld %d\n", cw_enters, cw_exits, cw_via_exit); fclose(f); }
    }
    if (cw_enters != cw_exits && !cw_via_exit) {
        fprintf(stderr, "cw-manager: %ld enters, %ld exits\n", cw_enters, cw_exits);
        abort();
    }
}
