/* nested: three nested with-statements in a hot loop (cleanup attribute). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *a RES_AUTO = res_acquire(i);
        if (a == NULL)
            RES_FAIL();
        sum += a->value;
        struct res *b RES_AUTO = res_acquire(i + 1);
        if (b == NULL)
            RES_FAIL();
        sum += b->value;
        struct res *c RES_AUTO = res_acquire(i + 2);
        if (c == NULL)
            RES_FAIL();
        sum += c->value ^ a->value;
    }
    return sum;
}
