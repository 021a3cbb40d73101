/* goto2: a goto out of two nested with-statements, taken every 4th time (cwith). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        with (res_acquire(i) as a) {
            with (res_acquire(i + 1) as b) {
                sum += a->value + b->value;
                if ((i & 3) == 0)
                    goto next;          /* leaves both */
                sum += 1;
            }
            sum += 2;
        }
    next:;
    }
    return sum;
}
