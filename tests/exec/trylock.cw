/* Conditional acquisition (issue 12, point 8): the shipped trylock managers
 * enter only if the lock is free; when it is held the enter fails (NULL, or
 * -1 for flock, with errno EBUSY / EWOULDBLOCK), the body does not run and
 * the else does; without an else the failure is raised like any failed
 * enter.  Each exit releases the lock (checked afterwards with a plain
 * trylock, or a second descriptor's flock). Scenario 18 for locks.
 *   mutex_trylocked(&m)  rwlock_tryrdlocked(&l)  rwlock_trywrlocked(&l)
 *   flocked(fd, LOCK_EX|LOCK_SH)  flock_trylocked(fd, LOCK_EX|LOCK_SH)
 * flock locks belong to an open file description: two open()s of the same
 * file conflict even in one process, which is what the test uses. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>
#include "trace.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;

static const char *mutex_state(void)
{
	if (pthread_mutex_trylock(&m) != 0) return "held";
	pthread_mutex_unlock(&m);
	return "free";
}

static const char *rwlock_state(void)
{
	if (pthread_rwlock_trywrlock(&l) != 0) return "held";
	pthread_rwlock_unlock(&l);
	return "free";
}

static const char *busy(void)
{
	return errno == EBUSY ? "busy" : errno == EWOULDBLOCK ? "wouldblock" : "other";
}

int main(void)
{
	static const char path[] = "trylock.tmp";
	cwith_error e;

	begin("mutex free");
	with (mutex_trylocked(&m) as lk) {
		say(lk == &m ? "got" : "wrong");
		say(mutex_state());
	} else
		say("not reached");
	say(mutex_state());
	end();

	begin("mutex held");
	with (mutex_locked(&m)) {
		with (mutex_trylocked(&m))
			say("not reached");
		else
			say(busy());
		say(mutex_state());
	}
	say(mutex_state());
	end();

	begin("mutex held, no else");
	with (catch_error(&e)) {
		with (mutex_locked(&m)) {
			with (mutex_trylocked(&m))
				say("not reached");
			say("not reached");
		}
	}
	sayi(e.code == EBUSY);
	say(e.message);
	say(mutex_state());
	end();

	begin("rwlock read-held");
	with (rwlock_rdlocked(&l)) {
		with (rwlock_tryrdlocked(&l)) say("second reader"); else say(busy());
		with (rwlock_trywrlocked(&l)) say("not reached"); else say(busy());
	}
	say(rwlock_state());
	end();

	begin("rwlock write-held");
	with (rwlock_trywrlocked(&l)) {
		say("writer");
		with (rwlock_tryrdlocked(&l)) say("not reached"); else say(busy());
		say(rwlock_state());
	} else
		say("not reached");
	say(rwlock_state());
	end();

	begin("flock");
	with (open(path, O_RDWR | O_CREAT, 0600) as a, open(path, O_RDWR) as b) {
		with (flocked(a, LOCK_EX) as fd) {
			say(fd == a ? "a-exclusive" : "wrong");
			with (flock_trylocked(b, LOCK_EX)) say("not reached"); else say(busy());
			with (flock_trylocked(b, LOCK_SH)) say("not reached"); else say(busy());
		}
		with (flock_trylocked(b, LOCK_EX)) say("b-exclusive"); else say("not reached");
		with (flocked(a, LOCK_SH)) {
			with (flock_trylocked(b, LOCK_SH)) say("b-shared-too"); else say("not reached");
			with (flock_trylocked(b, LOCK_EX)) say("not reached"); else say(busy());
		}
		with (flock_trylocked(b, LOCK_EX)) say("b-exclusive"); else say("not reached");
	}
	say(remove(path) == 0 ? "removed" : "not-removed");
	end();

	begin("flock on a bad descriptor");
	with (flocked(-1, LOCK_EX)) say("not reached"); else say(errno == EBADF ? "EBADF" : "other");
	end();
	return 0;
}
