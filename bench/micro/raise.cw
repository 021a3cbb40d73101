/* raise: cost of raising an error through D frames, each holding one
 * with-statement (res_acquire), handled by the manager `catcher` of the
 * with-statement in bench_run.  bench_param = D > 0: the innermost frame
 * raises; D < 0: the same |D| frames return normally (the baseline).
 * Cost of one raise through D frames = time(D) - time(-D).
 *
 * Only built by run.sh when runtime/cwith.h declares cwith_raise.  The
 * raise call below is the one place that depends on the runtime's API:
 * if it does not compile, adapt BENCH_RAISE (or pass -DBENCH_RAISE()=...
 * through BENCH_RAISE_CFLAGS). */
#include "res.h"

#ifndef BENCH_RAISE
#define BENCH_RAISE() cwith_raise(1, "bench")
#endif

static int catcher_slot;
static inline int *catcher(void) { return &catcher_slot; }

/* handles every error: execution goes on after the with-statement */
CWITH_MANAGER_EXIT(catcher, int *, v == NULL, vp, err)
{
    return err != NULL;
}

__attribute__((noinline)) static long down(long d, int raise)
{
    long s = 0;
    with (res_acquire(d) as r) {
        if (d <= 1) {
            if (raise)
                BENCH_RAISE();
            s = r->value;
        } else
            s = down(d - 1, raise) + r->value;
    }
    return s;
}

/* the handling with-statement sits in its own function: its setjmp would
 * otherwise make gcc -Wclobbered flag bench_run's loop variables */
__attribute__((noinline)) static long catch_one(long depth, int raise)
{
    volatile long s = 0;
    with (catcher() as c)
        s = down(depth, raise) + *c;
    return s;
}

long bench_run(long n)
{
    long sum = 0;
    long depth = bench_param < 0 ? -bench_param : bench_param;
    for (long i = 0; i < n; i++)
        sum += catch_one(depth, bench_param > 0);
    return sum;
}
