/* take: the constructor pattern, two items, every 4th call fails and
 * releases both, the others hand the first out (cleanup attribute, with
 * the pointer stolen as systemd's TAKE_PTR does). */
#include "res.h"

__attribute__((noinline)) static struct res *make(long id, long key)
{
    struct res *a RES_AUTO = res_acquire(id);
    if (a == NULL)
        return NULL;
    struct res *b RES_AUTO = res_acquire(id + 1);
    if (b == NULL)
        return NULL;
    if ((key & 3) == 0)
        return NULL;
    a->value = b->value + key;
    struct res *taken = a;
    a = NULL;
    return taken;
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
