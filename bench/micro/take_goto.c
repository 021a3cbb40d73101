/* take: the constructor pattern, two items, every 4th call fails and
 * releases both, the others hand the first out (by hand). */
#include "res.h"

__attribute__((noinline)) static struct res *make(long id, long key)
{
    struct res *a = res_acquire(id);
    if (a == NULL)
        return NULL;
    struct res *b = res_acquire(id + 1);
    if (b == NULL)
        goto out_a;
    if ((key & 3) == 0)
        goto out_b;
    a->value = b->value + key;
    res_release(b);
    return a;
out_b:
    res_release(b);
out_a:
    res_release(a);
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
