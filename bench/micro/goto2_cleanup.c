/* goto2: a goto out of two nested with-statements, taken every 4th time (cleanup attribute). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        {
            struct res *a RES_AUTO = res_acquire(i);
            if (a == NULL)
                RES_FAIL();
            {
                struct res *b RES_AUTO = res_acquire(i + 1);
                if (b == NULL)
                    RES_FAIL();
                sum += a->value + b->value;
                if ((i & 3) == 0)
                    goto next;
                sum += 1;
            }
            sum += 2;
        }
    next:;
    }
    return sum;
}
