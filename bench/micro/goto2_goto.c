/* goto2: a goto out of two nested with-statements, taken every 4th time (by hand). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *a = res_acquire(i);
        if (a == NULL)
            RES_FAIL();
        struct res *b = res_acquire(i + 1);
        if (b == NULL)
            RES_FAIL();
        sum += a->value + b->value;
        if ((i & 3) == 0)
            goto release_b;
        sum += 1;
        res_release(b);
        sum += 2;
        res_release(a);
        continue;
    release_b:
        res_release(b);
        res_release(a);
    }
    return sum;
}
