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
extern cwith_frame **(*cwith_head_fn_)(void);
extern struct cwith_state_ *(*cwith_state_fn_)(void);

#if !defined(CWITH_PART_RUNTIME) && CWITH_HAVE_TLS
CWITH_TLS cwith_frame *cwith_top_;
static CWITH_TLS struct cwith_state_ thread_state_of;

static cwith_frame **thread_head(void) { return &cwith_top_; }
static struct cwith_state_ *thread_state(void) { return &thread_state_of; }
#endif

#if !defined(CWITH_PART_TLS)
#if CWITH_HAVE_TLS && !defined(CWITH_PART_RUNTIME)
cwith_frame **(*cwith_head_fn_)(void) = thread_head;
struct cwith_state_ *(*cwith_state_fn_)(void) = thread_state;
#else
static cwith_frame *program_top;
static struct cwith_state_ program_state_of;

static cwith_frame **program_head(void) { return &program_top; }
static struct cwith_state_ *program_state(void) { return &program_state_of; }

cwith_frame **(*cwith_head_fn_)(void) = program_head;
struct cwith_state_ *(*cwith_state_fn_)(void) = program_state;
#endif

cwith_frame **cwith_chain_(void)
{
    return cwith_head_fn_();
}
#endif

#if defined(CWITH_PART_TLS) && CWITH_HAVE_TLS
/* Runs before main and before the program's own constructors (priorities
 * up to 100 are the implementation's). */
__attribute__((__constructor__(101))) static void use_thread_state(void)
{
    cwith_head_fn_ = thread_head;
    cwith_state_fn_ = thread_state;
}
#endif

#if !defined(CWITH_PART_TLS)   /* the rest is the runtime */

#define MAX_CAUSES 4    /* causes kept behind an error */

static cwith_uncaught_fn uncaught_handler;

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

void cwith_print_error(FILE *out, const cwith_error *err)
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

cwith_uncaught_fn cwith_set_uncaught_handler(cwith_uncaught_fn handler)
{
    cwith_uncaught_fn old = uncaught_handler;
    uncaught_handler = handler;
    return old;
}

CWITH_NORETURN static void unwind(struct cwith_state_ *t, cwith_error *err)
{
    cwith_frame **top = cwith_head_fn_();
    cwith_frame *f;
    int handled;

    while ((f = *top) != 0) {
        *top = f->cwith_prev;               /* an exit that raises goes further out */
        t->handling = err;
        handled = f->cwith_exit(f->cwith_value, err);
        t->handling = 0;
        if (handled) longjmp(*f->cwith_resume, 1);
    }
    (uncaught_handler ? uncaught_handler : print_uncaught)(err);
    exit(1);
}

void cwith_raise_at(const char *file, int line, int code, const char *fmt, ...)
{
    struct cwith_state_ *t = cwith_state_fn_();
    cwith_error *e = new_error(t);
    va_list ap;

    e->code = code ? code : -1;
    e->file = file;
    e->line = line;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    unwind(t, e);
}

void cwith_reraise(const cwith_error *err)
{
    cwith_error copy = *err;            /* err may live in the pool */
    struct cwith_state_ *t = cwith_state_fn_();
    cwith_error *e = new_error(t);
    const cwith_error *cause = e->cause;

    *e = copy;
    if (!e->cause) e->cause = cause;
    if (!e->code) e->code = -1;
    unwind(t, e);
}

void cwith_defer_unwinding_(const cwith_error *err)
{
    struct cwith_state_ *t = cwith_state_fn_();
    unsigned i;
    for (i = 0; i < POOL; i++)          /* err is one of this thread's slots */
        if (&t->pool[i] == err) t->handling = &t->pool[i];
}

void cwith_defer_reraise_(const cwith_error *err)
{
    struct cwith_state_ *t = cwith_state_fn_();
    unsigned i;
    t->handling = 0;
    for (i = 0; i < POOL; i++)          /* the same error goes on unwinding */
        if (&t->pool[i] == err) unwind(t, &t->pool[i]);
    cwith_reraise(err);
}

void cwith_enter_failed(const char *file, int line, const char *manager)
{
    int code = errno;    /* read first: anything below may change errno */
    if (code != 0)
        cwith_raise_at(file, line, code, "with-item '%s' failed to enter: %s", manager,
                       strerror(code));
    cwith_raise_at(file, line, -1, "with-item '%s' failed to enter", manager);
}

void cwith_exit_failed(const char *file, int line, const char *manager,
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

#endif /* the runtime */
