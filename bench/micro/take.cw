/* take: the constructor pattern, two items, every 4th call fails and
 * releases both, the others hand the first out with cwith_take (cwith). */
#include "res.h"

__attribute__((noinline)) static struct res *make(long id, long key)
{
    with (res_acquire(id) as a, res_acquire(id + 1) as b) {
        if ((key & 3) == 0)
            return NULL;
        a->value = b->value + key;
        return cwith_take(a);
    } else
        return NULL;
    return NULL;
}

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++) {
        struct res *r = make(i, i);
        if (r) {
            sum += r->value;
            res_release(r);
        }
    }
    return sum;
}
