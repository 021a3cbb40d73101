/* loop: a hot loop entering and leaving one simple manager (by hand). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *r = res_acquire(i);
        if (r == NULL)
            RES_FAIL();
        sum += r->value;
        res_release(r);
    }
    return sum;
}
