/* res.h - the "simple manager" of the micro-benchmarks, shared by the three
 * versions of each pattern (cwith .cw, hand-written goto-cleanup _goto.c,
 * __attribute__((cleanup)) _cleanup.c) so they do exactly the same work.
 *
 * enter: res_acquire(id) returns a slot of a pool, or NULL when id equals
 *        res_fail_id (a global set at run time, -1 = never): the compiler
 *        cannot drop the failure test, and every version checks it.
 * exit:  res_release(r) increments a volatile counter: the optimiser
 *        cannot delete it or merge the increments of a loop.
 * On a failed enter every version calls cwith_enter_failed() (noreturn),
 * which is what cwith generates for a with-statement without `else`. */
#ifndef RES_H
#define RES_H

#include <stddef.h>
#include "cwith.h"

struct res { long value; };

extern struct res res_pool[64];
extern int res_fail_id;
extern volatile unsigned long res_released;
extern long bench_param;            /* driver's third argument */

static inline struct res *res_acquire(long id)
{
    if (id == res_fail_id)
        return NULL;
    return &res_pool[id & 63];
}

static inline void res_release(struct res *r)
{
    (void)r;
    res_released++;
}

/* for the cwith versions */
CWITH_MANAGER(res_acquire, struct res *, v == NULL, res_release);

/* for the cleanup-attribute versions */
static inline void res_cleanup(struct res **rp)
{
    if (*rp)
        res_release(*rp);
}
#define RES_AUTO __attribute__((cleanup(res_cleanup)))

/* for the hand-written versions: what cwith calls on a failed enter */
#define RES_FAIL() cwith_enter_failed(__FILE__, __LINE__, "res_acquire")

/* in driver.c, not inlined: an opaque call for the `call` pattern */
long bench_work(const struct res *r);

/* every version defines this; the driver times it and callgrind counts it */
long bench_run(long n);

#endif
