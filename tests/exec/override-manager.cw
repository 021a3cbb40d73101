/* A program's own manager under a shipped name (issue 12, point 4): defining
 * CWITH_NO_MANAGER_<name> before cwith.h leaves that shipped manager out, so
 * the program declares its own, in any form.  The shipped functions stay (the
 * enter is still the library's fopen, malloc, or cwith.h's mutex_locked);
 * only the manager (type, failed test, exit) is the program's.
 * - fopen: the one-liner checked form, its release logs " fclose" first;
 * - malloc: the full form, its exit logs " free" (" free!<code>" when an
 *   error unwinds);
 * - mutex_locked: the one-liner form around the shipped enter function.
 * Every other shipped manager (strdup here) is still there. */
#define CWITH_NO_MANAGER_fopen
#define CWITH_NO_MANAGER_malloc
#define CWITH_NO_MANAGER_mutex_locked
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include "trace.h"

static int logged_fclose(FILE *f)
{
	printf(" fclose");
	return fclose(f);
}
CWITH_MANAGER_CHECKED(fopen, FILE *, v == NULL, logged_fclose, r == EOF);

CWITH_MANAGER_EXIT(malloc, void *, v == NULL, vp, err)
{
	if (err) printf(" free!%d", err->code);
	else printf(" free");
	free(*vp);
	return 0;
}

static int logged_unlock(pthread_mutex_t *m)
{
	printf(" unlock");
	return pthread_mutex_unlock(m);
}
CWITH_MANAGER(mutex_locked, pthread_mutex_t *, v == NULL, logged_unlock);

int main(void)
{
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	char line[16] = "";
	cwith_error e;

	begin("own fopen");
	with (fopen("override.tmp", "w") as f) {
		fputs("data\n", f);
		say("write");
	}
	with (fopen("override.tmp", "r") as f) {
		if (fgets(line, sizeof line, f)) say(strtok(line, "\n"));
	}
	say(remove("override.tmp") == 0 ? "removed" : "not-removed");
	end();

	begin("own fopen, enter fails");
	with (fopen("no-such-dir/x", "r") as f)
		say(f ? "not reached" : "null");
	else
		say("else");
	end();

	begin("own malloc (full form)");
	with (catch_error(&e)) {
		with (malloc(16)) {
			say("body");
		}
		with (malloc(16)) {
			cwith_raise(4, "boom");
		}
	}
	sayi(e.code);
	end();

	begin("own mutex_locked");
	with (mutex_locked(&m) as lk) {
		say(pthread_mutex_trylock(lk) == EBUSY ? "locked" : "not-locked");
	}
	say(pthread_mutex_trylock(&m) == 0 ? "unlocked" : "still-locked");
	pthread_mutex_unlock(&m);
	end();

	begin("shipped strdup still there");
	with (strdup("abc") as s)
		say(s);
	end();
	return 0;
}
