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
#define MAX_CAUSES 4    /* causes kept behind an error */

#ifndef CWITH_NO_UNWIND
CWITH_TLS cwith_frame *cwith_top_;
#endif
static CWITH_TLS cwith_error pool[POOL];
static CWITH_TLS unsigned pool_next;
static CWITH_TLS cwith_error *handling;   /* error whose exits are running */
static cwith_uncaught_fn uncaught_handler;

static int in_chain(const cwith_error *chain, const cwith_error *e)
{
    for (; chain; chain = chain->cause)
        if (chain == e) return 1;
    return 0;
}

/* A free slot: never one that the error being handled still refers to. */
static cwith_error *new_error(void)
{
    cwith_error *e;
    do
        e = &pool[pool_next++ % POOL];
    while (in_chain(handling, e));
    memset(e, 0, sizeof *e);
    e->cause = handling;
    /* keep the chain short, so it never holds every slot */
    const cwith_error *c = e;
    for (int depth = 0; c; depth++, c = c->cause) {
        if (depth == MAX_CAUSES && c->cause) {
            ((cwith_error *)c)->cause = 0;
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

CWITH_NORETURN static void unwind(cwith_error *err)
{
#ifndef CWITH_NO_UNWIND
    cwith_frame *f;
    while ((f = cwith_top_) != 0) {
        cwith_top_ = f->cwith_prev;           /* an exit that raises goes further out */
        handling = err;
        int handled = f->cwith_exit(f->cwith_value, err);
        handling = 0;
        if (handled) longjmp(*f->cwith_resume, 1);
    }
#endif
    handling = 0;
    (uncaught_handler ? uncaught_handler : print_uncaught)(err);
    exit(1);
}

void cwith_raise_at(const char *file, int line, int code, const char *fmt, ...)
{
    cwith_error *e = new_error();
    e->code = code ? code : -1;
    e->file = file;
    e->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    unwind(e);
}

void cwith_reraise(const cwith_error *err)
{
    cwith_error copy = *err;            /* err may live in the pool */
    cwith_error *e = new_error();
    const cwith_error *cause = e->cause;
    *e = copy;
    if (!e->cause) e->cause = cause;
    if (!e->code) e->code = -1;
    unwind(e);
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
    if (pending && pending == handling) {
        /* unwinding: keep the failure with the error, let the exit finish */
        if (handling->nsuppressed < CWITH_MAX_SUPPRESSED) {
            cwith_exit_failure *s = &handling->suppressed[handling->nsuppressed];
            s->code = code > 0 ? code : -1;
            s->manager = manager;
            s->file = file;
            s->line = line;
        }
        handling->nsuppressed++;
        return;
    }
    /* nothing pending (or an error that is not unwinding, handed to the
     * exit by hand): the failure is the error */
    if (code > 0)
        cwith_raise_at(file, line, code, "with-item '%s' failed to exit: %s", manager,
                       strerror(code));
    cwith_raise_at(file, line, -1, "with-item '%s' failed to exit", manager);
}
