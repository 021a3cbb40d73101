/* Shipped managers used for real (runtime/cwith.h): fopen, tmpfile, malloc,
 * strdup, mutex_locked.  Each release is checked by its effect, not by a
 * trace: the file's data is on disk (fclose flushed it), the lowest free file
 * descriptor is unchanged (no stream left open), glibc's in-use heap bytes
 * (mmap()ed blocks) are back where they were, the mutex can be locked again.  A fopen that
 * fails (NULL) takes the else.  Runs in a scratch directory (the runner's). */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <pthread.h>
#include "trace.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

static const char path[] = "cwith-managers.tmp";

static int lowest_free_fd(void)
{
	int fd = dup(0);
	close(fd);
	return fd;
}

/* Bytes glibc holds in mmap()ed blocks.  Blocks of 1 MiB are mmap()ed and
 * munmap()ed by free(), so this drops back exactly; small blocks would stay
 * "in use" in the thread cache after free(). */
static size_t heap_in_use(void)
{
#ifdef __GLIBC__
	return mallinfo2().hblkhd;
#else
	return 0;
#endif
}

static char big[1 << 20];

int main(void)
{
	int fd0;
	size_t heap0;
	char line[64] = "";
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

	begin("start");  /* first output: stdout's buffer is allocated now */
	end();
	fd0 = lowest_free_fd();

	begin("fopen write, then read back");
	with (fopen(path, "w") as f)
		fputs("hello\n", f);       /* stays buffered until fclose */
	with (fopen(path, "r") as f) {
		if (fgets(line, sizeof line, f) == NULL)
			strcpy(line, "nothing\n");
	}
	line[strcspn(line, "\n")] = '\0';
	say(line);
	say(lowest_free_fd() == fd0 ? "fd-ok" : "fd-LEAK");
	say(remove(path) == 0 ? "removed" : "not-removed");
	end();

	begin("fopen fails");
	with (fopen("cwith-no-such-dir/x", "r") as f)
		say(f ? "not reached" : "null");
	else
		say("else");
	end();

	begin("tmpfile");
	with (tmpfile() as f) {
		fputs("temp\n", f);
		rewind(f);
		if (fgets(line, sizeof line, f) != NULL)
			say(strtok(line, "\n"));
		say(lowest_free_fd() != fd0 ? "open" : "not-open");
	}
	say(lowest_free_fd() == fd0 ? "fd-ok" : "fd-LEAK");
	end();

	heap0 = heap_in_use();
	begin("malloc and strdup");
	memset(big, 'x', sizeof big - 1);
	with (malloc(sizeof big) as p, strdup(big) as s) {
		memset(p, 'x', sizeof big);
		sayi((int)strlen(s));
		say(heap_in_use() > heap0 ? "in-use" : "not-in-use");
	}
	say(heap_in_use() == heap0 ? "heap-ok" : "heap-LEAK");
	end();

	begin("mutex_locked");
	with (mutex_locked(&m) as lk) {
		say(pthread_mutex_trylock(lk) == EBUSY ? "locked" : "not-locked");
	}
	if (pthread_mutex_trylock(&m) == 0) {
		say("unlocked");
		pthread_mutex_unlock(&m);
	} else {
		say("still-LOCKED");
	}
	end();
	return 0;
}
