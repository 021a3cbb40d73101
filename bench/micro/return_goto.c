/* return: early returns out of a with-statement, with an else (by hand). */
#include "res.h"

__attribute__((noinline)) static long find(long id, long key)
{
    long ret;
    struct res *r = res_acquire(id);
    if (r == NULL)
        return -1;
    if (r->value == key) {
        ret = 1;
        goto out;
    }
    if ((key & 3) == 0) {
        ret = r->value + 2;
        goto out;
    }
    key += r->value;
    ret = key & 15;
out:
    res_release(r);
    return ret;
}

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum += find(i, i);
    return sum;
}
