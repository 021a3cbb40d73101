/* loop: a hot loop entering and leaving one simple manager (cwith). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        with (res_acquire(i) as r) {
            sum += r->value;
        }
    }
    return sum;
}
