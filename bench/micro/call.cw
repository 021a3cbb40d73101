/* call: like loop, but the body calls a function of another file, so the
 * compiler must materialise everything the callee could observe (with error
 * unwinding on: the frame pushed for the with-statement) (cwith). */
#include "res.h"

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        with (res_acquire(i) as r) {
            sum += bench_work(r);
        }
    }
    return sum;
}
