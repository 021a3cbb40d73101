/* Threads: each has its own chain. 8 threads raise and handle errors
 * concurrently; no exit is lost or run twice, and no error crosses to
 * another thread. (Not built with tcc: it has no thread-local storage.) */
#include <pthread.h>
#include "cwith.h"

#define THREADS 8
#define ROUNDS 2000

static int enters[THREADS], exits[THREADS], handled[THREADS], wrong[THREADS];

static int slot(int t) { enters[t]++; return t; }
CWITH_MANAGER_EXIT(slot, int, v < 0, vp, err)
{
	exits[*vp]++;
	if (err && err->code != 1000 + *vp) wrong[*vp]++;   /* another thread's? */
	return 0;
}

static void work(int t, int round)
{
	with (slot(t), slot(t)) {
		if (round % 3 == 0) cwith_raise(1000 + t, "thread %d round %d", t, round);
	}
}

static void *run(void *arg)
{
	int t = (int)(long)arg;
	for (volatile int round = 0; round < ROUNDS; round++) {
		cwith_error e;
		with (catch_error(&e), slot(t)) work(t, round);
		if (e.code) handled[t]++;
	}
	return 0;
}

int main(void)
{
	pthread_t th[THREADS];
	for (long t = 0; t < THREADS; t++) pthread_create(&th[t], 0, run, (void *)t);
	for (int t = 0; t < THREADS; t++) pthread_join(th[t], 0);
	int ok = 1;
	for (int t = 0; t < THREADS; t++) {
		if (enters[t] != 3 * ROUNDS || exits[t] != enters[t] || wrong[t] ||
		    handled[t] != (ROUNDS + 2) / 3) {
			printf("thread %d: enters %d exits %d handled %d wrong %d\n", t, enters[t],
			       exits[t], handled[t], wrong[t]);
			ok = 0;
		}
	}
	printf("%s\n", ok ? "all threads balanced" : "unbalanced");
	return 0;
}
