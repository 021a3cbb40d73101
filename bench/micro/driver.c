/* driver.c - times bench_run(n) of one micro-benchmark version.
 *
 *   ./prog N [REPEATS [PARAM]]
 * prints "ns_per_iter=MEDIAN checksum=SUM released=COUNT": the median over
 * REPEATS (default 5) timed calls of bench_run(N), in ns per iteration.
 * PARAM (default 0) is left in bench_param for benchmarks that need one
 * (raise.cw: depth).  res_fail_id stays -1 (no enter fails), but it lives
 * in this file, so the benchmark's compiler must keep every failure test. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "res.h"

struct res res_pool[64];
int res_fail_id = -1;
long bench_param;
volatile unsigned long res_released;

__attribute__((noinline)) long bench_work(const struct res *r)
{
    return r->value;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    double t[64];
    long sum = 0;

    if (reps < 1 || reps > 64)
        reps = 5;
    for (int i = 0; i < 64; i++)
        res_pool[i].value = i * 7 + 1;
    if (argc > 3)
        bench_param = atol(argv[3]);
    if (n == 0) {
        printf("ns_per_iter=0 checksum=0 released=0\n");
        return 0;
    }
    for (int r = 0; r < reps; r++) {
        double t0 = now_ns();
        sum += bench_run(n);
        t[r] = (now_ns() - t0) / n;
    }
    qsort(t, reps, sizeof t[0], cmp_double);
    printf("ns_per_iter=%.3f checksum=%ld released=%lu\n", t[reps / 2], sum,
           (unsigned long)res_released);
    return 0;
}
