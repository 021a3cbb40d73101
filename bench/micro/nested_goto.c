/* nested: three nested with-statements in a hot loop (by hand). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *a = res_acquire(i);
        if (a == NULL)
            RES_FAIL();
        sum += a->value;
        struct res *b = res_acquire(i + 1);
        if (b == NULL)
            RES_FAIL();
        sum += b->value;
        struct res *c = res_acquire(i + 2);
        if (c == NULL)
            RES_FAIL();
        sum += c->value ^ a->value;
        res_release(c);
        res_release(b);
        res_release(a);
    }
    return sum;
}
