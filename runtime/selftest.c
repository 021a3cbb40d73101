/*
 * selftest.c - hand-written translator output, checked against the runtime.
 *
 * Each block below is what cwith generates for a with-item (see cwith.h).
 * Builds with or without POSIX; the POSIX/pthread parts are skipped when
 * cwith.h did not enable them.
 *
 *   ./selftest        run all checks, print "selftest ok"
 *   ./selftest fail   a failing fopen with-item (must exit 1, see below)
 *   ./selftest fail0  a failing with-item with errno == 0
 */
#include "cwith.h"

#include <string.h>
#if CWITH_HAVE_POSIX
#include <sys/wait.h>
#endif

static int failures;

#define CHECK(c)                                                        \
    do {                                                                \
        if (!(c)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n",                \
                    __FILE__, __LINE__, #c);                            \
            failures++;                                                 \
        }                                                               \
    } while (0)

#if CWITH_HAVE_POSIX
/* closed <=> fcntl says EBADF (nothing else opens fds in between) */
static int fd_closed(int fd)
{
    return fcntl(fd, F_GETFD) == -1 && errno == EBADF;
}
#endif

/* ------------------------------------------------------------------ */
/* User managers                                                      */
/* ------------------------------------------------------------------ */

/* pointer to struct, one-liner form */
struct counter { int open; };
static int counter_exits;
static struct counter *counter_open(struct counter *c) { c->open = 1; return c; }
static void counter_close(struct counter *c) { c->open = 0; counter_exits++; }
CWITH_MANAGER(counter_open, struct counter *, v == NULL, counter_close);

/* struct by value through a typedef name */
typedef struct { int id; int ok; } ticket;
static int tickets_out;
static ticket take_ticket(int id) { ticket t; t.id = id; t.ok = id > 0; tickets_out += t.ok; return t; }
static void give_back(ticket t) { if (t.ok) tickets_out--; }
CWITH_MANAGER(take_ticket, ticket, !v.ok, give_back);

/* function-pointer value: needs a typedef */
typedef void (*hook_fn)(void);
static int hook_runs;
static void the_hook(void) { hook_runs++; }
static hook_fn pick_hook(int which) { return which ? the_hook : NULL; }
static void run_hook(hook_fn h) { h(); }
CWITH_MANAGER(pick_hook, hook_fn, v == NULL, run_hook);

/* full form, the example from the design */
struct File { FILE *fp; };
static int file_handled;
static struct File the_file;
static struct File *File(const char *path, const char *mode)
{
    the_file.fp = fopen(path, mode);
    return the_file.fp ? &the_file : NULL;
}
CWITH_MANAGER_EXIT(File, struct File *, v == NULL, vp, err)
{
    fclose((*vp)->fp);
    if (err) { file_handled++; return 1; }
    return 0;
}

/* full form that ignores both vp and err: must not warn */
static int ignored_exits;
static int ignored(int fail) { errno = 0; return fail; }
CWITH_MANAGER_EXIT(ignored, int, v != 0, vp, err)
{
    ignored_exits++;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Standard C managers                                                */
/* ------------------------------------------------------------------ */

static void test_fopen_malloc(const char *path)
{
    char line[32] = "";

    /* with fopen(path, "w") as f: fputs(...) */
    { cwith_type_fopen const f = fopen(path, "w");
      if (cwith_failed_fopen(f)) cwith_enter_failed(__FILE__, __LINE__, "fopen"); else {
#if CWITH_HAVE_POSIX
          int fd = fileno(f);
#endif
          fputs("hello\n", f);
          cwith_exit_fopen(&f, 0);
#if CWITH_HAVE_POSIX
          CHECK(fd_closed(fd));
#endif
    } }
    /* the data is there only if exit closed (flushed) the stream */
    { cwith_type_fopen const f = fopen(path, "r");
      if (cwith_failed_fopen(f)) cwith_enter_failed(__FILE__, __LINE__, "fopen"); else {
          CHECK(fgets(line, sizeof line, f) != NULL);
          cwith_exit_fopen(&f, 0); } }
    CHECK(strcmp(line, "hello\n") == 0);

    { cwith_type_tmpfile const t = tmpfile();
      if (cwith_failed_tmpfile(t)) cwith_enter_failed(__FILE__, __LINE__, "tmpfile"); else {
          fputs("tmp\n", t);
          rewind(t);
          CHECK(fgets(line, sizeof line, t) != NULL && strcmp(line, "tmp\n") == 0);
          cwith_exit_tmpfile(&t, 0); } }

    /* leaks here are caught by the sanitizer build in selftest.sh */
    { cwith_type_malloc const p = malloc(100);
      if (cwith_failed_malloc(p)) cwith_enter_failed(__FILE__, __LINE__, "malloc"); else {
          memset(p, 'x', 100);
          cwith_exit_malloc(&p, 0); } }
    { cwith_type_calloc const p = calloc(10, sizeof(int));
      if (cwith_failed_calloc(p)) cwith_enter_failed(__FILE__, __LINE__, "calloc"); else {
          CHECK(((int *)p)[9] == 0);
          cwith_exit_calloc(&p, 0); } }
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(CWITH_NO_STDC)
    { cwith_type_aligned_alloc const p = aligned_alloc(64, 128);
      if (cwith_failed_aligned_alloc(p)) cwith_enter_failed(__FILE__, __LINE__, "aligned_alloc"); else {
          CHECK(((size_t)p & 63) == 0);
          cwith_exit_aligned_alloc(&p, 0); } }
#endif
}

/* ------------------------------------------------------------------ */
/* User managers and exit paths                                       */
/* ------------------------------------------------------------------ */

/* with counter_open(c): return early -- exit runs before the return */
static int early_return(struct counter *c, int n)
{
    { cwith_type_counter_open const cw_1 = counter_open(c);
      if (cwith_failed_counter_open(cw_1)) cwith_enter_failed(__FILE__, __LINE__, "counter_open"); else {
          if (n > 0) { cwith_exit_counter_open(&cw_1, 0); return n; }
          cwith_exit_counter_open(&cw_1, 0); } }
    return -1;
}

static void test_user_managers(const char *path)
{
    struct counter c = { 0 };
    int i, seen = 0;

    /* break, continue, goto out of the body */
    for (i = 0; i < 4; i++) {
        { cwith_type_counter_open const k = counter_open(&c);
          if (cwith_failed_counter_open(k)) cwith_enter_failed(__FILE__, __LINE__, "counter_open"); else {
              CHECK(k->open);
              if (i == 0) { cwith_exit_counter_open(&k, 0); continue; }
              if (i == 2) { cwith_exit_counter_open(&k, 0); break; }
              seen++;
              cwith_exit_counter_open(&k, 0); } }
    }
    CHECK(seen == 1 && counter_exits == 3 && !c.open);

    { cwith_type_counter_open const k = counter_open(&c);
      if (cwith_failed_counter_open(k)) cwith_enter_failed(__FILE__, __LINE__, "counter_open"); else {
          cwith_exit_counter_open(&k, 0); goto done; } }
done:
    CHECK(counter_exits == 4);
    CHECK(early_return(&c, 5) == 5 && counter_exits == 5 && !c.open);

    { cwith_type_take_ticket const t = take_ticket(7);
      if (cwith_failed_take_ticket(t)) cwith_enter_failed(__FILE__, __LINE__, "take_ticket"); else {
          CHECK(t.id == 7 && tickets_out == 1);
          cwith_exit_take_ticket(&t, 0); } }
    CHECK(tickets_out == 0);
    CHECK(cwith_failed_take_ticket(take_ticket(0)));

    { cwith_type_pick_hook const h = pick_hook(1);
      if (cwith_failed_pick_hook(h)) cwith_enter_failed(__FILE__, __LINE__, "pick_hook"); else {
          cwith_exit_pick_hook(&h, 0); } }
    CHECK(hook_runs == 1);

    /* full form: normal exit returns 0, an error is reported as handled */
    { cwith_type_File const f = File(path, "r");
      if (cwith_failed_File(f)) cwith_enter_failed(__FILE__, __LINE__, "File"); else {
          CHECK(cwith_exit_File(&f, 0) == 0); } }
    { cwith_type_File const f = File(path, "r");
      if (cwith_failed_File(f)) cwith_enter_failed(__FILE__, __LINE__, "File"); else {
          cwith_error e;
          memset(&e, 0, sizeof e);
          e.code = 1;
          CHECK(cwith_exit_File(&f, &e) == 1); } }
    CHECK(file_handled == 1);

    { cwith_type_ignored const cw_2 = ignored(0);
      if (cwith_failed_ignored(cw_2)) cwith_enter_failed(__FILE__, __LINE__, "ignored"); else {
          cwith_exit_ignored(&cw_2, 0); } }
    CHECK(ignored_exits == 1);
}

/* ------------------------------------------------------------------ */
/* POSIX managers                                                     */
/* ------------------------------------------------------------------ */
#if CWITH_HAVE_POSIX

static void test_posix(const char *path)
{
    char line[32] = "";
    int saved = -1, opened = -1;

    { cwith_type_strdup const s = strdup("abc");
      if (cwith_failed_strdup(s)) cwith_enter_failed(__FILE__, __LINE__, "strdup"); else {
          CHECK(strcmp(s, "abc") == 0);
          cwith_exit_strdup(&s, 0); } }
    { cwith_type_strndup const s = strndup("abcdef", 2);
      if (cwith_failed_strndup(s)) cwith_enter_failed(__FILE__, __LINE__, "strndup"); else {
          CHECK(strcmp(s, "ab") == 0);
          cwith_exit_strndup(&s, 0); } }

    { cwith_type_open const fd = open(path, O_RDONLY);
      if (cwith_failed_open(fd)) cwith_enter_failed(__FILE__, __LINE__, "open"); else {
          opened = fd;
          CHECK(!fd_closed(fd));
          /* nested: with dup(fd) as d2 */
          { cwith_type_dup const d2 = dup(fd);
            if (cwith_failed_dup(d2)) cwith_enter_failed(__FILE__, __LINE__, "dup"); else {
                saved = d2;
                CHECK(d2 != fd && !fd_closed(d2));
                cwith_exit_dup(&d2, 0); } }
          CHECK(fd_closed(saved) && !fd_closed(fd));
          /* dup2 onto a free high fd (dup2 would close a used one) */
          CHECK(fd_closed(200));
          { cwith_type_dup2 const d = dup2(fd, 200);
            if (cwith_failed_dup2(d)) cwith_enter_failed(__FILE__, __LINE__, "dup2"); else {
                CHECK(d == 200);
                cwith_exit_dup2(&d, 0); } }
          CHECK(fd_closed(200));
          /* fdopen takes over the dup: its exit (fclose) closes it */
          { cwith_type_fdopen const f = fdopen(dup(fd), "r");
            if (cwith_failed_fdopen(f)) cwith_enter_failed(__FILE__, __LINE__, "fdopen"); else {
                saved = fileno(f);
                CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "hello\n") == 0);
                cwith_exit_fdopen(&f, 0); } }
          CHECK(fd_closed(saved));
          cwith_exit_open(&fd, 0); } }
    CHECK(fd_closed(opened));

    { cwith_type_openat const fd = openat(AT_FDCWD, path, O_RDONLY);
      if (cwith_failed_openat(fd)) cwith_enter_failed(__FILE__, __LINE__, "openat"); else {
          saved = fd;
          cwith_exit_openat(&fd, 0); } }
    CHECK(fd_closed(saved));
    { cwith_type_creat const fd = creat(path, 0600);
      if (cwith_failed_creat(fd)) cwith_enter_failed(__FILE__, __LINE__, "creat"); else {
          saved = fd;
          cwith_exit_creat(&fd, 0); } }
    CHECK(fd_closed(saved));

    { cwith_type_opendir const d = opendir(".");
      if (cwith_failed_opendir(d)) cwith_enter_failed(__FILE__, __LINE__, "opendir"); else {
          saved = dirfd(d);
          CHECK(readdir(d) != NULL);
          cwith_exit_opendir(&d, 0); } }
    CHECK(fd_closed(saved));
    { cwith_type_fdopendir const d = fdopendir(open(".", O_RDONLY));
      if (cwith_failed_fdopendir(d)) cwith_enter_failed(__FILE__, __LINE__, "fdopendir"); else {
          saved = dirfd(d);
          cwith_exit_fdopendir(&d, 0); } }
    CHECK(fd_closed(saved));

    { char buf[] = "mem\n";
      cwith_type_fmemopen const f = fmemopen(buf, strlen(buf), "r");
      if (cwith_failed_fmemopen(f)) cwith_enter_failed(__FILE__, __LINE__, "fmemopen"); else {
          CHECK(fgets(line, sizeof line, f) != NULL && strcmp(line, "mem\n") == 0);
          cwith_exit_fmemopen(&f, 0); } }
    { char *buf = NULL;
      size_t len = 0;
      { cwith_type_open_memstream const f = open_memstream(&buf, &len);
        if (cwith_failed_open_memstream(f)) cwith_enter_failed(__FILE__, __LINE__, "open_memstream"); else {
            fputs("stream", f);
            cwith_exit_open_memstream(&f, 0); } }
      /* buf/len are final only after fclose: proves exit ran */
      CHECK(buf != NULL && len == 6 && strcmp(buf, "stream") == 0);
      free(buf); }

    { cwith_type_popen const p = popen("echo hi", "r");
      if (cwith_failed_popen(p)) cwith_enter_failed(__FILE__, __LINE__, "popen"); else {
          saved = fileno(p);
          CHECK(fgets(line, sizeof line, p) != NULL && strcmp(line, "hi\n") == 0);
          cwith_exit_popen(&p, 0); } }
    CHECK(fd_closed(saved));

#ifndef CWITH_NO_SOCKETS
    { cwith_type_socket const s = socket(AF_UNIX, SOCK_STREAM, 0);
      if (cwith_failed_socket(s)) cwith_enter_failed(__FILE__, __LINE__, "socket"); else {
          saved = s;
          cwith_exit_socket(&s, 0); } }
    CHECK(fd_closed(saved));
#endif

#ifndef CWITH_NO_ICONV
    { cwith_type_iconv_open const cd = iconv_open("UTF-8", "ISO-8859-1");
      if (cwith_failed_iconv_open(cd)) cwith_enter_failed(__FILE__, __LINE__, "iconv_open"); else {
          char in[] = "\xe9", out[8] = "";
          char *ip = in, *op = out;
          size_t il = 1, ol = sizeof out;
          CHECK(iconv(cd, &ip, &il, &op, &ol) == 0 && strcmp(out, "\xc3\xa9") == 0);
          cwith_exit_iconv_open(&cd, 0); } }
#endif

    /* mkstemp last: it leaves a file behind, so remove it */
    { char tmpl[] = "/tmp/cwith_selftest_XXXXXX";
      { cwith_type_mkstemp const fd = mkstemp(tmpl);
        if (cwith_failed_mkstemp(fd)) cwith_enter_failed(__FILE__, __LINE__, "mkstemp"); else {
            saved = fd;
            cwith_exit_mkstemp(&fd, 0); } }
      CHECK(fd_closed(saved));
      remove(tmpl); }
}

/* Run fn in a child; check it exits 1 with exactly `want` on stderr. */
static void expect_enter_failure(void (*fn)(void), const char *want)
{
    char got[512];
    size_t n = 0;
    ssize_t r;
    int pfd[2], status = 0;
    pid_t pid;

    fflush(NULL);
    if (pipe(pfd) != 0 || (pid = fork()) < 0) { CHECK(!"pipe/fork"); return; }
    if (pid == 0) {
        close(pfd[0]);
        dup2(pfd[1], 2);
        fn();
        _exit(99);      /* not reached if cwith_enter_failed exits */
    }
    close(pfd[1]);
    while (n < sizeof got - 1 && (r = read(pfd[0], got + n, sizeof got - 1 - n)) > 0)
        n += (size_t)r;
    got[n] = '\0';
    close(pfd[0]);
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1);
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "got:  %swant: %s", got, want);
        CHECK(!"enter-failure message");
    }
}

#endif /* CWITH_HAVE_POSIX */

/* ------------------------------------------------------------------ */
/* Locks                                                              */
/* ------------------------------------------------------------------ */
#if CWITH_HAVE_PTHREAD

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

static void test_pthread(void)
{
    { cwith_type_mutex_locked const cw_3 = mutex_locked(&mtx);
      if (cwith_failed_mutex_locked(cw_3)) cwith_enter_failed(__FILE__, __LINE__, "mutex_locked"); else {
          CHECK(cw_3 == &mtx);
          CHECK(pthread_mutex_trylock(&mtx) == EBUSY);
          cwith_exit_mutex_locked(&cw_3, 0); } }
    CHECK(pthread_mutex_trylock(&mtx) == 0);
    pthread_mutex_unlock(&mtx);

    { cwith_type_rwlock_wrlocked const cw_4 = rwlock_wrlocked(&rw);
      if (cwith_failed_rwlock_wrlocked(cw_4)) cwith_enter_failed(__FILE__, __LINE__, "rwlock_wrlocked"); else {
          CHECK(pthread_rwlock_tryrdlock(&rw) == EBUSY);
          cwith_exit_rwlock_wrlocked(&cw_4, 0); } }
    { cwith_type_rwlock_rdlocked const cw_5 = rwlock_rdlocked(&rw);
      if (cwith_failed_rwlock_rdlocked(cw_5)) cwith_enter_failed(__FILE__, __LINE__, "rwlock_rdlocked"); else {
          CHECK(pthread_rwlock_trywrlock(&rw) == EBUSY);
          cwith_exit_rwlock_rdlocked(&cw_5, 0); } }
    CHECK(pthread_rwlock_trywrlock(&rw) == 0);
    pthread_rwlock_unlock(&rw);

    /* trylocked: enter when free, fail with EBUSY when held */
    { cwith_type_mutex_trylocked const cw_9 = mutex_trylocked(&mtx);
      CHECK(cw_9 == &mtx);
      if (!cwith_failed_mutex_trylocked(cw_9)) {
          errno = 0;
          CHECK(cwith_failed_mutex_trylocked(mutex_trylocked(&mtx)) && errno == EBUSY);
          cwith_exit_mutex_trylocked(&cw_9, 0); } }
    CHECK(pthread_mutex_trylock(&mtx) == 0);
    pthread_mutex_unlock(&mtx);
    { cwith_type_rwlock_tryrdlocked const cw_10 = rwlock_tryrdlocked(&rw);
      CHECK(cw_10 == &rw);
      if (!cwith_failed_rwlock_tryrdlocked(cw_10)) {
          CHECK(cwith_failed_rwlock_trywrlocked(rwlock_trywrlocked(&rw)) && errno == EBUSY);
          cwith_exit_rwlock_tryrdlocked(&cw_10, 0); } }
    CHECK(pthread_rwlock_trywrlock(&rw) == 0);
    pthread_rwlock_unlock(&rw);
}

#endif

#if CWITH_HAVE_C11_THREADS
static void test_c11_threads(void)
{
    mtx_t m;
    CHECK(mtx_init(&m, mtx_plain) == thrd_success);
    { cwith_type_mtx_locked const cw_6 = mtx_locked(&m);
      if (cwith_failed_mtx_locked(cw_6)) cwith_enter_failed(__FILE__, __LINE__, "mtx_locked"); else {
          CHECK(mtx_trylock(&m) == thrd_busy);
          cwith_exit_mtx_locked(&cw_6, 0); } }
    CHECK(mtx_trylock(&m) == thrd_success);
    mtx_unlock(&m);
    /* trylocked: enters when free, fails with EBUSY when held */
    { cwith_type_mtx_trylocked const cw_8 = mtx_trylocked(&m);
      CHECK(!cwith_failed_mtx_trylocked(cw_8));
      if (!cwith_failed_mtx_trylocked(cw_8)) {
          errno = 0;
          CHECK(cwith_failed_mtx_trylocked(mtx_trylocked(&m)) && errno == EBUSY);
          cwith_exit_mtx_trylocked(&cw_8, 0); } }
    CHECK(mtx_trylock(&m) == thrd_success);
    mtx_unlock(&m);
    mtx_destroy(&m);
}
#endif

/* ------------------------------------------------------------------ */
/* Failing enters (as the translator writes them, line numbers of a .cw) */
/* ------------------------------------------------------------------ */

static void fail_fopen(void)
{
    { cwith_type_fopen const f = fopen("/nonexistent-cwith/x", "r");
      if (cwith_failed_fopen(f)) cwith_enter_failed("demo.cw", 12, "fopen"); else {
          cwith_exit_fopen(&f, 0); } }
}

static void fail_errno0(void)
{
    { cwith_type_ignored const cw_7 = ignored(1);
      if (cwith_failed_ignored(cw_7)) cwith_enter_failed("demo.cw", 3, "ignored"); else {
          cwith_exit_ignored(&cw_7, 0); } }
}

int main(int argc, char **argv)
{
    const char *path = "cwith_selftest.tmp";

    if (argc > 1 && strcmp(argv[1], "fail") == 0) { fail_fopen(); return 99; }
    if (argc > 1 && strcmp(argv[1], "fail0") == 0) { fail_errno0(); return 99; }

    test_fopen_malloc(path);
    test_user_managers(path);
#if CWITH_HAVE_POSIX
    test_posix(path);
    {
        char want[256];
        sprintf(want, "demo.cw:12: error: with-item 'fopen' failed to enter: %s\n",
                strerror(ENOENT));
        expect_enter_failure(fail_fopen, want);
        expect_enter_failure(fail_errno0,
                             "demo.cw:3: error: with-item 'ignored' failed to enter\n");
    }
#endif
#if CWITH_HAVE_PTHREAD
    test_pthread();
#endif
#if CWITH_HAVE_C11_THREADS
    test_c11_threads();
#endif
    remove(path);

    printf("groups: posix=%d pthread=%d c11threads=%d\n",
           CWITH_HAVE_POSIX, CWITH_HAVE_PTHREAD, CWITH_HAVE_C11_THREADS);
    if (failures) { printf("selftest FAILED (%d)\n", failures); return 1; }
    puts("selftest ok");
    return 0;
}
