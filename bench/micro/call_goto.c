/* call: like loop, but the body calls a function of another file (by hand). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *r = res_acquire(i);
        if (r == NULL)
            RES_FAIL();
        sum += bench_work(r);
        res_release(r);
    }
    return sum;
}
