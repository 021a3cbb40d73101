/* nested: three nested with-statements in a hot loop (cwith). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        with (res_acquire(i) as a) {
            sum += a->value;
            with (res_acquire(i + 1) as b) {
                sum += b->value;
                with (res_acquire(i + 2) as c)
                    sum += c->value ^ a->value;
            }
        }
    }
    return sum;
}
