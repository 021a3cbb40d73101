/* loop: a hot loop entering and leaving one simple manager (cleanup attribute). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *r RES_AUTO = res_acquire(i);
        if (r == NULL)
            RES_FAIL();
        sum += r->value;
    }
    return sum;
}
