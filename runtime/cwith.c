/* cwith.c - out-of-line part of the cwith runtime (see cwith.h):
 * raising errors and unwinding them through the with-statements of the
 * current thread.
 *
 * Each thread has a chain of frames, one per entered with-item, newest
 * first. Raising an error walks it: each frame is popped, then its exit is
 * called with the error, while the stack it lives on is still intact (the
 * exits run before any longjmp). An exit that handles the error ends the
 * walk with a longjmp to the setjmp its with-statement made on entry, and
 * execution goes on after that statement. An error raised by an exit
 * during the walk starts a new walk from the frames not yet visited; it
 * replaces the first error and keeps it as its cause.  An exit whose
 * release fails while an error unwinds (cwith_exit_failed) adds the failure
 * to that error instead, as a suppressed entry, and the walk goes on.
 */
#include "cwith.h"

#include <stdarg.h>
#include <string.h>
#if defined(CWITH_PART_TLS)
#elif defined(__unix__) || defined(__unix) || defined(__APPLE__)
#  include <unistd.h>
#  define HAVE_PIPE 1
#else
#  define HAVE_PIPE 0
#endif

#define POOL 8          /* error slots per thread */

/* ---- Per-thread state ---------------------------------------------
 * Each thread has its chain head, a few error slots and the error whose
 * exits are running.  The runtime reaches them only through two function
 * pointers, never by name: tcc's linker knows no thread-local relocations,
 * and a tcc program must link with the same libcwith.a as the others.  So
 * the library holds two objects made from this file:
 *  - the runtime (-DCWITH_PART_RUNTIME), without thread-local storage; by
 *    itself it keeps one state for the whole program (tcc, CWITH_NO_THREADS);
 *  - the thread-local part (-DCWITH_PART_TLS): it defines cwith_top_, so
 *    the linker brings it in exactly for programs whose code uses
 *    thread-local storage, and at start-up it points the two functions at
 *    the calling thread's own head (that cwith_top_) and state.
 * Compiled without either macro (cwith.c added to a program's sources),
 * this file is both, and needs no start-up step. */
struct cwith_state_ {
    cwith_error pool[POOL];
    unsigned pool_next;
    cwith_error *handling;      /* error whose exits are running */
};
extern CWITH_API cwith_frame **(*cwith_head_fn_)(void);
extern CWITH_API struct cwith_state_ *(*cwith_state_fn_)(void);
/* Nonzero once the functions above reach thread-local state: the first
 * copy of the runtime in the process to start sets them, the others
 * (shared libraries that link the runtime too) leave them. */
extern CWITH_API int cwith_tls_installed_;
/* The handler of uncaught errors (a null pointer: the default report). */
extern CWITH_API cwith_uncaught_fn cwith_uncaught_handler_;

#if !defined(CWITH_PART_RUNTIME) && CWITH_HAVE_TLS
CWITH_API CWITH_TLS cwith_frame *cwith_top_ = CWITH_CHAIN_END_;
static CWITH_TLS struct cwith_state_ thread_state_of;

static cwith_frame **thread_head(void) { return &cwith_top_; }
static struct cwith_state_ *thread_state(void) { return &thread_state_of; }
#endif

#if !defined(CWITH_PART_TLS)
#if CWITH_HAVE_TLS && !defined(CWITH_PART_RUNTIME)
CWITH_API cwith_frame **(*cwith_head_fn_)(void) = thread_head;
CWITH_API struct cwith_state_ *(*cwith_state_fn_)(void) = thread_state;
CWITH_API int cwith_tls_installed_ = 1;
#else
static cwith_frame *program_top = CWITH_CHAIN_END_;
static struct cwith_state_ program_state_of;

static cwith_frame **program_head(void) { return &program_top; }
static struct cwith_state_ *program_state(void) { return &program_state_of; }

CWITH_API cwith_frame **(*cwith_head_fn_)(void) = program_head;
CWITH_API struct cwith_state_ *(*cwith_state_fn_)(void) = program_state;
CWITH_API int cwith_tls_installed_ = 0;
#endif
CWITH_API cwith_uncaught_fn cwith_uncaught_handler_ = 0;

CWITH_API cwith_frame **cwith_chain_(void)
{
    return cwith_head_fn_();
}
#endif

#if defined(CWITH_PART_TLS) && CWITH_HAVE_TLS
/* Runs before main and before the program's own constructors (priorities
 * up to 100 are the implementation's). */
__attribute__((__constructor__(101))) static void use_thread_state(void)
{
    if (cwith_tls_installed_) return;
    cwith_tls_installed_ = 1;
    cwith_head_fn_ = thread_head;
    cwith_state_fn_ = thread_state;
}
#endif

#if !defined(CWITH_PART_TLS)   /* the rest is the runtime */

#define MAX_CAUSES 4    /* causes kept behind an error */


static int in_chain(const cwith_error *chain, const cwith_error *e)
{
    for (; chain; chain = chain->cause)
        if (chain == e) return 1;
    return 0;
}

/* A free slot: never one that the error being handled still refers to. */
static cwith_error *new_error(struct cwith_state_ *t)
{
    cwith_error *e;
    const cwith_error *c;
    int depth;
    unsigned i;

    do
        e = &t->pool[t->pool_next++ % POOL];
    while (in_chain(t->handling, e));
    memset(e, 0, sizeof *e);
    e->cause = t->handling;
    /* Keep the chain short, so it never holds every slot: cut it at the
     * first slot MAX_CAUSES or more causes deep. */
    for (c = e, depth = 0; c; c = c->cause, depth++) {
        if (depth < MAX_CAUSES || !c->cause) continue;
        for (i = 0; i < POOL; i++)
            if (&t->pool[i] == c) break;
        if (i < POOL) {
            t->pool[i].cause = 0;
            break;
        }
    }
    return e;
}

static void print_suppressed(FILE *out, const cwith_error *err)
{
    int i;
    int kept = err->nsuppressed < CWITH_MAX_SUPPRESSED ? err->nsuppressed
                                                       : CWITH_MAX_SUPPRESSED;
    for (i = 0; i < kept; i++) {
        const cwith_exit_failure *s = &err->suppressed[i];
        fprintf(out, "%s:%d: note: also, while unwinding: with-item '%s' failed to exit",
                s->file ? s->file : "?", s->line, s->manager ? s->manager : "?");
        if (s->code > 0) fprintf(out, ": %s", strerror(s->code));
        fputc('\n', out);
    }
    if (err->nsuppressed > kept)
        fprintf(out, "%s:%d: note: also, while unwinding: %d more exits failed\n",
                err->file ? err->file : "?", err->line, err->nsuppressed - kept);
}

CWITH_API void cwith_print_error(FILE *out, const cwith_error *err)
{
    const char *what = "error";
    for (; err; err = err->cause) {
        fprintf(out, "%s:%d: %s: %s\n", err->file ? err->file : "?", err->line, what,
                err->message);
        print_suppressed(out, err);
        what = "note: raised while handling";
    }
}

static void print_uncaught(const cwith_error *err)
{
    fflush(stdout);
    cwith_print_error(stderr, err);
}

CWITH_API cwith_uncaught_fn cwith_set_uncaught_handler(cwith_uncaught_fn handler)
{
    cwith_uncaught_fn old = cwith_uncaught_handler_;
    cwith_uncaught_handler_ = handler;
    return old;
}

/* ---- The safety net (cwith.h, "Safety net") -------------------------
 * A frame found stale is in memory that may have been reused since: its
 * site pointer is read from it only through a pipe (write() fails with
 * EFAULT instead of crashing on an unmapped address) and believed only if
 * the site it points to carries cwith_site_magic. */
static int copy_if_readable(void *dst, const void *src, size_t n)
{
#if HAVE_PIPE
    int fd[2];
    int ok;
    if (pipe(fd) != 0) return 0;
    ok = write(fd[1], src, n) == (ssize_t)n && read(fd[0], dst, n) == (ssize_t)n;
    close(fd[0]);
    close(fd[1]);
    return ok;
#else
    (void)dst; (void)src; (void)n;
    return 0;
#endif
}

/* The site of a frame that may be stale, copied into *out; 0 if unknown. */
static int stale_site(const cwith_frame *f, cwith_site *out)
{
    const cwith_site *s;
    if (!copy_if_readable(&s, &f->cwith_site, sizeof s)) return 0;
    if (!copy_if_readable(out, s, sizeof *out)) return 0;
    return out->cwith_magic == cwith_site_magic && out->cwith_file != 0
           && out->cwith_manager != 0;
}

CWITH_NORETURN static void stale_stop(const cwith_frame *top, const char *file,
                                      int line, const char *found)
{
    cwith_site s;
    fflush(stdout);
    if (stale_site(top, &s))
        fprintf(stderr, "%s:%d: error: with-item '%s' was left without its exit "
                "(a longjmp, or a jump cwith could not see): its frame is still "
                "on this thread's chain\n", s.cwith_file, s.cwith_line, s.cwith_manager);
    else
        fprintf(stderr, "%s:%d: error: a with-statement was left without its exit "
                "(a longjmp, or a jump cwith could not see): its frame is still "
                "on this thread's chain (where it was written is lost: its memory "
                "was reused)\n", file ? file : "?", line);
    fprintf(stderr, "%s:%d: note: found when %s\n", file ? file : "?", line, found);
    abort();
}

CWITH_API void cwith_stale_top_(const cwith_frame *top, const cwith_site *at)
{
    stale_stop(top, at->cwith_file, at->cwith_line,
               "this with-statement was entered");
}

CWITH_API void cwith_stale_at_(const cwith_site *at)
{
    cwith_stale_top_(*cwith_head_fn_(), at);
}

/* CALLER_SP(local): an address at or below the stack pointer of the
 * function that called this one: no live frame is below it.  gcc and clang
 * give the caller's stack pointer itself (the call frame address), tcc the
 * frame base of this function (just below it); others the address of a
 * local of this function, lower still (a stale frame between the two is
 * then missed, never a live one taken for stale). */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)
#  define CALLER_SP(local) ((void)(local), cfa_address(__builtin_dwarf_cfa()))
static uintptr_t cfa_address(const void *p) { return (uintptr_t)p; }
#elif defined(__TINYC__)      /* this function's frame base: just below */
#  define CALLER_SP(local) ((void)(local), (uintptr_t)__builtin_frame_address(0))
#else
#  define CALLER_SP(local) ((uintptr_t)&(local))
#endif

CWITH_API void cwith_check_top_(const cwith_frame *top, const cwith_frame *f,
                      const cwith_site *at)
{
    char here = 0;
    if (top == f || (uintptr_t)top < CALLER_SP(here))
        cwith_stale_top_(top, at);
}

#if !defined(CWITH_NO_STACK_CHECK)
/* A hidden jump out of nested with-statements leaves their frames on the
 * chain; when the function runs again at the same stack address, its outer
 * frame is pushed where the stale outer one was and points at the stale
 * inner one, which points back: the chain is a loop, and unwinding it would
 * call the same exits again and again. Found before any exit runs (Floyd's
 * two pointers; no memory), only over frames above sp (below it, unwind
 * stops at the first). */
static void check_loop(cwith_frame *head, const cwith_error *err, uintptr_t sp)
{
    cwith_frame *slow = head, *fast = head;
    while (fast != CWITH_CHAIN_END_ && (uintptr_t)fast >= sp &&
           fast->cwith_prev != CWITH_CHAIN_END_ && (uintptr_t)fast->cwith_prev >= sp) {
        fast = fast->cwith_prev->cwith_prev;
        slow = slow->cwith_prev;
        if (fast == slow) stale_stop(slow, err->file, err->line, "an error was raised here");
    }
}
#endif

/* sp: the stack pointer of the code that raised (CALLER_SP); every live
 * frame is above it. */
CWITH_NORETURN static void unwind(struct cwith_state_ *t, cwith_error *err, uintptr_t sp)
{
    cwith_frame **top = cwith_head_fn_();
    cwith_frame *f;
    int handled;

#if !defined(CWITH_NO_STACK_CHECK)
    check_loop(*top, err, sp);
#endif

    while ((f = *top) != CWITH_CHAIN_END_) {
#if !defined(CWITH_NO_STACK_CHECK)
        if ((uintptr_t)f < sp || f->cwith_prev == f)
            stale_stop(f, err->file, err->line, "an error was raised here");
#else
        (void)sp;
#endif
        *top = f->cwith_prev;               /* an exit that raises goes further out */
        if (!f->cwith_value) continue;      /* taken: cwith_take_ */
        t->handling = err;
        handled = f->cwith_site->cwith_exit(f->cwith_value, err);
        t->handling = 0;
        if (handled) longjmp(*f->cwith_resume, 1);
    }
    (cwith_uncaught_handler_ ? cwith_uncaught_handler_ : print_uncaught)(err);
    exit(1);
}

CWITH_API void cwith_raise_at(const char *file, int line, int code, const char *fmt, ...)
{
    struct cwith_state_ *t = cwith_state_fn_();
    cwith_error *e = new_error(t);
    va_list ap;
    char here = 0;

    e->code = code ? code : -1;
    e->file = file;
    e->line = line;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    unwind(t, e, CALLER_SP(here));
}

CWITH_API void cwith_reraise(const cwith_error *err)
{
    cwith_error copy = *err;            /* err may live in the pool */
    struct cwith_state_ *t = cwith_state_fn_();
    cwith_error *e = new_error(t);
    const cwith_error *cause = e->cause;
    char here = 0;

    *e = copy;
    if (!e->cause) e->cause = cause;
    if (!e->code) e->code = -1;
    unwind(t, e, CALLER_SP(here));
}

CWITH_API void cwith_defer_unwinding_(const cwith_error *err)
{
    struct cwith_state_ *t = cwith_state_fn_();
    unsigned i;
    for (i = 0; i < POOL; i++)          /* err is one of this thread's slots */
        if (&t->pool[i] == err) t->handling = &t->pool[i];
}

CWITH_API void cwith_defer_reraise_(const cwith_error *err)
{
    struct cwith_state_ *t = cwith_state_fn_();
    unsigned i;
    char here = 0;
    t->handling = 0;
    for (i = 0; i < POOL; i++)          /* the same error goes on unwinding */
        if (&t->pool[i] == err) unwind(t, &t->pool[i], CALLER_SP(here));
    cwith_reraise(err);
}

CWITH_API void cwith_enter_failed(const char *file, int line, const char *manager)
{
    int code = errno;    /* read first: anything below may change errno */
    if (code != 0)
        cwith_raise_at(file, line, code, "with-item '%s' failed to enter: %s", manager,
                       strerror(code));
    cwith_raise_at(file, line, -1, "with-item '%s' failed to enter", manager);
}

CWITH_API void cwith_exit_failed(const char *file, int line, const char *manager,
                       const cwith_error *pending)
{
    int code = errno;    /* read first, as in cwith_enter_failed */
    cwith_error *unwinding = cwith_state_fn_()->handling;

    if (pending && pending == unwinding) {
        /* keep the failure with the error, and let the exit finish */
        if (unwinding->nsuppressed < CWITH_MAX_SUPPRESSED) {
            cwith_exit_failure *s = &unwinding->suppressed[unwinding->nsuppressed];
            s->code = code > 0 ? code : -1;
            s->manager = manager;
            s->file = file;
            s->line = line;
        }
        unwinding->nsuppressed++;
        return;
    }
    /* nothing pending (or an error that is not unwinding, handed to the
     * exit by hand): the failure is the error */
    if (code > 0)
        cwith_raise_at(file, line, code, "with-item '%s' failed to exit: %s", manager,
                       strerror(code));
    cwith_raise_at(file, line, -1, "with-item '%s' failed to exit", manager);
}

/* ---- Exit stacks ---------------------------------------------------- */

struct stack_entry {
    int (*exit)(const void *, const cwith_error *);
    const char *manager;
    cwith_stack_slot_ value;
};

struct cwith_exit_stack {
    struct stack_entry *entries;
    size_t n, cap;
};

CWITH_API cwith_exit_stack *cwith_exit_stack_new_(void)
{
    return calloc(1, sizeof(cwith_exit_stack));
}

CWITH_API void cwith_stack_push_(cwith_exit_stack *st, const void *value, size_t size,
                                 int (*exit_fn)(const void *, const cwith_error *),
                                 const char *manager)
{
    struct stack_entry *e;
    if (st->n == st->cap) {
        size_t cap = st->cap ? 2 * st->cap : 8;
        void *grown = realloc(st->entries, cap * sizeof *st->entries);
        if (!grown) {           /* release it, then say why */
            exit_fn(value, 0);
            cwith_raise(ENOMEM, "exit stack: no memory to push a '%s' value", manager);
        }
        st->entries = grown;
        st->cap = cap;
    }
    e = &st->entries[st->n++];
    e->exit = exit_fn;
    e->manager = manager;
    memcpy(&e->value, value, size);
}

/* The catching frame's exit: keeps the error in the cwith_error its value
 * points to, and handles it. */
static int keep_error(const void *slot, const cwith_error *err)
{
    **(cwith_error *const *)slot = *err;
    return 1;
}
static const cwith_site keep_site = { keep_error, __FILE__, __LINE__, "exit_stack",
                                      cwith_site_magic };

/* Runs one exit, left normally: if it raises (its release failed), the
 * error is caught; the first is kept in *first, later ones become its
 * suppressed entries. */
static void exit_caught(const struct stack_entry *e, cwith_error *first, int *nfailed)
{
    cwith_error caught;
    cwith_error *slot = &caught;
    cwith_frame **head = cwith_head_fn_();
    cwith_frame f;
    jmp_buf jb;

    f.cwith_site = &keep_site;
    f.cwith_value = &slot;
    f.cwith_resume = &jb;
    f.cwith_prev = *head;
    if (setjmp(jb) == 0) {
        *head = &f;
        e->exit(&e->value, 0);
        *head = f.cwith_prev;
        return;
    }
    if ((*nfailed)++ == 0) {
        *first = caught;
    } else if (first->nsuppressed++ < CWITH_MAX_SUPPRESSED) {
        cwith_exit_failure *s = &first->suppressed[first->nsuppressed - 1];
        s->code = caught.code;
        s->manager = e->manager;
        s->file = caught.file;
        s->line = caught.line;
    }
}

CWITH_API void cwith_exit_stack_close_(cwith_exit_stack *st, const cwith_error *err)
{
    cwith_error first;
    int nfailed = 0;

    while (st->n > 0) {
        struct stack_entry e = st->entries[--st->n];
        if (err) e.exit(&e.value, err);     /* failures: suppressed entries of err */
        else exit_caught(&e, &first, &nfailed);
    }
    free(st->entries);
    free(st);
    if (nfailed) cwith_reraise(&first);
}

#endif /* the runtime */
