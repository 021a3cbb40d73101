/* return: early returns out of a with-statement, with an else (cwith). */
#include "res.h"

__attribute__((noinline)) static long find(long id, long key)
{
    with (res_acquire(id) as r) {
        if (r->value == key)
            return 1;
        if ((key & 3) == 0)
            return r->value + 2;
        key += r->value;
    } else
        return -1;
    return key & 15;
}

long bench_run(long n)
{
    long sum = 0;
    for (long i = 0; i < n; i++)
        sum += find(i, i);
    return sum;
}
