/*
 * cwith.h - runtime for cwith, the `with` statement for C.
 *
 * Programs translated by cwith include this header and link cwith.c.
 *
 * ---------------------------------------------------------------------
 * What the translator generates
 * ---------------------------------------------------------------------
 * A with-item `M(args) as v` becomes
 *
 *     { cwith_type_M const v = M(args);
 *       if (cwith_failed_M(v)) cwith_enter_failed("file.cw", LINE, "M");
 *       else { BODY  cwith_exit_M(&v, 0); } }
 *
 * and every jump out of BODY is preceded by `cwith_exit_M(&v, 0);`.
 * So a manager M is three names: the type of the value, a test for a
 * failed enter, and an exit that releases the value.  M(args) itself is
 * any ordinary function (or macro) call.
 *
 * ---------------------------------------------------------------------
 * Declaring a manager
 * ---------------------------------------------------------------------
 * 1. CWITH_MANAGER(name, type, failed_test, release_fn);
 *
 *      CWITH_MANAGER(malloc, void *, v == NULL, free);
 *      CWITH_MANAGER(res,    int,    v < 0,     res_close);
 *
 *    failed_test is an expression of the value `v`.  The exit calls
 *    release_fn(v), ignores its result and never handles errors.
 *    Write it like a declaration: WITH a trailing semicolon.
 *
 *    CWITH_MANAGER_CHECKED(name, type, failed_test, release_fn,
 *                          release_failed_test);
 *
 *      CWITH_MANAGER_CHECKED(fopen, FILE *, v == NULL, fclose, r == EOF);
 *
 *    The same, but the release can fail: release_failed_test is an
 *    expression of `r`, the int release_fn returned; errno says why.  A
 *    failure is raised ("with-item 'fopen' failed to exit: ..."), or kept
 *    as a suppressed entry of the error that is unwinding.
 *
 * 2. CWITH_MANAGER_EXIT(name, type, failed_test, vp, err) { body }
 *
 *      CWITH_MANAGER_EXIT(File, struct File *, v == NULL, vp, err)
 *      {
 *          fclose((*vp)->fp);
 *          if (err) { puts("Exception has been handled"); return 1; }
 *          return 0;
 *      }
 *
 *    The block is the body of
 *      static inline int cwith_exit_File(cwith_type_File const *vp,
 *                                        const cwith_error *err)
 *    vp points to the value, err is the pending error or a null pointer
 *    on a normal exit.  Return nonzero only if the error was handled.
 *    A release that fails: cwith_exit_failed(__FILE__, __LINE__, "File",
 *    err) raises it, or keeps it with err.
 *    No semicolon after the block.  Unused vp/err need no (void) cast
 *    on GCC, Clang and TCC.
 *
 * `type` may be any object type, including struct types and typedef
 * names.  A function-pointer type needs a typedef first
 * (typedef void (*handler_fn)(int);  then use handler_fn).
 * A manager is declared once per translation unit; `name` must be the
 * identifier of the enter call the user writes.
 *
 * ---------------------------------------------------------------------
 * Shipped managers (table with details: MANAGERS.md)
 * ---------------------------------------------------------------------
 *   standard C : fopen tmpfile malloc calloc, aligned_alloc (C11)
 *   POSIX      : fdopen fmemopen open_memstream popen strdup strndup
 *                opendir fdopendir open openat creat dup dup2 mkstemp
 *                socket accept iconv_open
 *   pthreads   : mutex_locked rwlock_rdlocked rwlock_wrlocked
 *                mutex_trylocked rwlock_tryrdlocked rwlock_trywrlocked
 *   flock      : flocked flock_trylocked       (Linux, BSDs, macOS)
 *   C11 threads: mtx_locked mtx_trylocked      (opt-in, see below)
 *
 * The POSIX and pthread groups exist only if the system headers declare
 * the POSIX.1-2008 functions.  Under `-std=c99`/`-std=c11` glibc hides
 * them unless a feature macro is defined BEFORE the first system
 * include, so compile with -D_POSIX_C_SOURCE=200809L (or _XOPEN_SOURCE=700
 * or _GNU_SOURCE), or use the compiler's default gnu mode.  Without it
 * those managers are simply absent; CWITH_HAVE_POSIX tells which.
 * cwith.h never defines feature macros itself: that would change what
 * the user's own includes declare.
 *
 * Opt-out, define before including:  CWITH_NO_STDC, CWITH_NO_POSIX,
 *   CWITH_NO_SOCKETS, CWITH_NO_ICONV, CWITH_NO_PTHREAD, CWITH_NO_FLOCK.
 * One manager: CWITH_NO_MANAGER_<name> (e.g. CWITH_NO_MANAGER_fopen) leaves
 *   that shipped manager out, so the program can declare its own under the
 *   same name.  Only the manager goes (cwith_type_/failed_/exit_ names);
 *   functions cwith.h ships, such as mutex_locked, stay.
 * Opt-in:  CWITH_C11_THREADS (needs <threads.h>: glibc >= 2.28).
 * Linking: mutex/rwlock managers need -pthread on old glibc (< 2.34),
 *   mtx_locked the same; iconv_open needs -liconv where iconv is a
 *   separate library (macOS, GNU libiconv).  Unused managers cost nothing.
 *   The runtime is cwith.c, compiled into the program, or libcwith.a as
 *   `make` builds it: objects of gcc, clang and tcc all link with it.
 */
#ifndef CWITH_H
#define CWITH_H

/* C99 at least (inline, variadic macros, declarations anywhere), or GNU C
 * before it: say so here rather than fail on `static inline` below. */
#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L) && \
    (!defined(__GNUC__) || defined(__STRICT_ANSI__))
#  error "cwith.h needs C99 or later (the code cwith writes is C99): compile with -std=c99, -std=gnu99 or a later standard, not -std=c89 or -ansi"
#endif

#include <stdio.h>   /* first: on glibc it pulls in <features.h> */
#include <stdlib.h>
#include <errno.h>
#include <setjmp.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Portability helpers                                                */
/* ------------------------------------------------------------------ */

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#  define CWITH_NORETURN _Noreturn
#elif defined(__GNUC__) || defined(__clang__) || defined(__TINYC__)
#  define CWITH_NORETURN __attribute__((__noreturn__))
#else
#  define CWITH_NORETURN
#endif

/* What a program may leave unused without a warning: a manager it
 * declares but does not use (clang's -Wunused-function covers static inline
 * functions of the main file) and an exit's vp or err (-Wunused-parameter).
 * gcc and tcc take the unused attribute.  clang would then warn where they
 * ARE used (-Wused-but-marked-unused, in -Weverything), so for clang the
 * declarations sit between diagnostic pragmas instead, which silence only
 * those two warnings and only for the names declared between them. */
#if defined(__clang__)
#  define CWITH_MAYBE_UNUSED
#  define CWITH_UNUSED_OK_BEGIN_                                          \
       _Pragma("clang diagnostic push")                                   \
       _Pragma("clang diagnostic ignored \"-Wunused-function\"")          \
       _Pragma("clang diagnostic ignored \"-Wunused-parameter\"")
#  define CWITH_UNUSED_OK_END_ _Pragma("clang diagnostic pop")
#elif defined(__GNUC__) || defined(__TINYC__)
#  define CWITH_MAYBE_UNUSED __attribute__((__unused__))
#  define CWITH_UNUSED_OK_BEGIN_
#  define CWITH_UNUSED_OK_END_
#else
#  define CWITH_MAYBE_UNUSED
#  define CWITH_UNUSED_OK_BEGIN_
#  define CWITH_UNUSED_OK_END_
#endif

/* Every symbol of the runtime is exported even from code compiled with
 * -fvisibility=hidden: when several shared libraries of one process each
 * link the runtime, the dynamic linker binds all of them to one copy (the
 * first loaded), so a thread has one chain and one error state, and errors
 * unwind through the with-statements of every library (README, "Using
 * cwith in a library"). */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__) \
    && !defined(_WIN32) && !defined(__CYGWIN__)
#  define CWITH_API __attribute__((__visibility__("default")))
#else
#  define CWITH_API
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                             */
/* ------------------------------------------------------------------ */

/* An error raised with cwith_raise(): it unwinds through the with-statements
 * of this thread, innermost first, across function calls; each exit sees it
 * and may handle it (then execution goes on after that with-statement). */
typedef struct cwith_error cwith_error;
/* An exit that failed to release its value while an error unwound.  It
 * does not replace that error (the first failure is the one to fix, and
 * what was released is gone either way); it is kept with it, as Java keeps
 * the exceptions of close() as "suppressed". */
typedef struct cwith_exit_failure cwith_exit_failure;
struct cwith_exit_failure {
    int code;               /* errno of the failed release, or -1 */
    const char *manager;    /* the with-item's manager, e.g. "fopen" */
    const char *file;       /* where that manager's exit is declared */
    int line;
};
#define CWITH_MAX_SUPPRESSED 4

struct cwith_error {
    int code;               /* nonzero: an errno value or the program's own */
    const char *file;       /* where it was raised */
    int line;
    char message[256];
    const cwith_error *cause;   /* the error being handled when this one was
                                   raised (valid until 8 more are raised on
                                   this thread), or a null pointer */
    int nsuppressed;        /* exits that failed while this error unwound; */
    cwith_exit_failure suppressed[CWITH_MAX_SUPPRESSED];  /* the first ones */
};

/* cwith_raise(code, "format", ...): raise an error at this file and line.
 * Never returns. code 0 is taken as -1 (an error always has a code). */
#define cwith_raise(...) cwith_raise_at(__FILE__, __LINE__, __VA_ARGS__)
#if defined(__GNUC__) || defined(__clang__)
__attribute__((__format__(__printf__, 4, 5)))
#endif
CWITH_API CWITH_NORETURN void cwith_raise_at(const char *file, int line, int code,
                                   const char *fmt, ...);
/* Raise a copy of an error again (e.g. one caught with catch_error). */
CWITH_API CWITH_NORETURN void cwith_reraise(const cwith_error *err);

/* What happens to an error no exit handles: after every exit has run, the
 * handler is called (default: print the error and its causes on stderr as
 * "file:line: error: message"); when it returns the program exits with
 * status 1.  Returns the previous handler; a null pointer restores the
 * default. */
typedef void (*cwith_uncaught_fn)(const cwith_error *err);
CWITH_API cwith_uncaught_fn cwith_set_uncaught_handler(cwith_uncaught_fn handler);
/* Prints an error and its causes, as the default handler does. */
CWITH_API void cwith_print_error(FILE *out, const cwith_error *err);

/* A with-item's enter failed and the statement has no `else`: raises an
 * error (code errno, or -1) "with-item 'MANAGER' failed to enter: ...". */
CWITH_API CWITH_NORETURN void cwith_enter_failed(const char *file, int line,
                                       const char *manager);

/* A with-item's exit failed to release its value; errno says why.  Called
 * by the exits of CWITH_MANAGER_CHECKED managers, and by full exits
 * (CWITH_MANAGER_EXIT) whose release fails, with the `err` they were given:
 * - pending is a null pointer (the statement was left normally or by a
 *   jump): raises an error like a failed enter, code errno (or -1), message
 *   "with-item 'MANAGER' failed to exit: <strerror(errno)>", at file:line;
 * - pending is the error that is unwinding: adds the failure to it (see
 *   cwith_exit_failure) and returns, so the exit can finish. */
CWITH_API void cwith_exit_failed(const char *file, int line, const char *manager,
                       const cwith_error *pending);

/* For release functions that return an error number instead of setting
 * errno (pthread_mutex_unlock...): as the release test of
 * CWITH_MANAGER_CHECKED, `cwith_failed_with(r)` is true when r is nonzero,
 * and then puts r in errno for the report. */
static inline int cwith_failed_with(int code)
{
    if (code == 0) return 0;
    errno = code;
    return 1;
}

/* ---- The frame chain (used by generated code) ----------------------
 * Each entered with-item pushes a frame on its thread's chain and pops it
 * before its exit runs, on every path; raising walks the chain. Frames of
 * managers whose exit may handle errors also record where to resume
 * (setjmp), the others cost a few stores.
 *
 * Where the chain's head is: with thread-local storage (gcc, clang), in
 * each thread's cwith_top_, which the inline enter and leave below use
 * directly.  Without it (tcc, or -DCWITH_NO_THREADS with any compiler) they
 * ask cwith_chain_() for the head: the same cwith_top_ of the calling
 * thread when the program has code of the first kind, else one head for
 * the whole program.  Both kinds of code link with the same library (see
 * cwith.c, "Per-thread state"). */
#if defined(CWITH_NO_THREADS) || defined(__TINYC__)
#  define CWITH_HAVE_TLS 0
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L \
      && !defined(__STDC_NO_THREADS__)
#  define CWITH_HAVE_TLS 1
#  define CWITH_TLS _Thread_local
#elif defined(__GNUC__) || defined(__clang__)
#  define CWITH_HAVE_TLS 1
#  define CWITH_TLS __thread
#else
#  define CWITH_HAVE_TLS 0
#endif

typedef struct cwith_frame cwith_frame;
/* Where a with-item is written, and its manager's exit as the chain calls
 * it: generated code defines one per item, `static const`, next to the
 * item's frame (so the frame records its with-statement's file:line at no
 * cost: it stores a pointer to the site where it would store the exit). */
typedef struct cwith_site cwith_site;
struct cwith_site {
    int (*cwith_exit)(const void *, const cwith_error *);
    const char *cwith_file;
    int cwith_line;
    const char *cwith_manager;
    int cwith_magic;        /* cwith_site_magic: lets the runtime tell a
                               site from stale memory (see cwith.c) */
};
enum { cwith_site_magic = 0x63777374 };
/* (members are prefixed: the header is included among the user's macros) */
struct cwith_frame {
    cwith_frame *cwith_prev;
    const cwith_site *cwith_site;
    const void *cwith_value;
    jmp_buf *cwith_resume;  /* set only if the exit can handle errors (an
                               exit that never does always returns 0) */
};

/* The calling thread's chain head (for code without thread-local storage). */
CWITH_API cwith_frame **cwith_chain_(void);

/* The resume point: generated code calls cwith_setjmp(cwith_jbK), never
 * setjmp. In the compiler-wrapper mode it is translated after the
 * preprocessor, so a macro it named would stay unexpanded, and glibc's
 * setjmp is a macro (over _setjmp): the bare name would call the function
 * setjmp, which also saves the signal mask, a system call on every entry.
 * So for gcc and clang cwith_setjmp is a declaration, not a macro, of what
 * the setjmp macro calls (an asm label names the symbol; returns_twice
 * marks it as the compiler marks setjmp itself). Other compilers (tcc)
 * only compile translations of the unpreprocessed file, where a macro is
 * expanded as usual: the wrapper defines CWITH_WRAPPER_ for its -E step, so
 * that `cwith tcc` stops here, not with an object that calls an undefined
 * cwith_setjmp. */
#if defined(__GNUC__) || defined(__clang__)
#  define CWITH_LABEL_STR_(x) #x
#  define CWITH_LABEL_(prefix, name) CWITH_LABEL_STR_(prefix) name
#  if defined(__GLIBC__)
extern int cwith_setjmp(jmp_buf)
    __asm__(CWITH_LABEL_(__USER_LABEL_PREFIX__, "_setjmp")) __attribute__((__returns_twice__));
#  else     /* musl, the BSDs, macOS: setjmp is a function */
extern int cwith_setjmp(jmp_buf)
    __asm__(CWITH_LABEL_(__USER_LABEL_PREFIX__, "setjmp")) __attribute__((__returns_twice__));
#  endif
#else
#  ifdef CWITH_WRAPPER_    /* defined by the wrapper for its -E step */
#    error "cwith's compiler wrapper (cwith CC ...) runs gcc and clang only: with this compiler translate first (cwith x.cw -o x.c), then compile x.c"
#  endif
#  define cwith_setjmp setjmp
#endif

/* After a with-statement whose body cannot complete normally (it ends in
 * a return, goto, break, continue or an endless loop), execution goes on
 * only where an exit handled an error. The generated code says so after
 * the label where it resumes:
 *     (cwith_handles_A || cwith_handles_B ? cwith_resumed_ : cwith_unreachable_)();
 * The condition is a constant: the compiler calls one of the two directly.
 * When no item's exit can handle errors, the noreturn call tells it that
 * nothing gets past the with-statement, as in the hand-written code (gcc's
 * -Wimplicit-fallthrough before a following case label). gcc only: clang
 * makes noreturn part of the function's type, and so of the conditional's
 * (it would take cwith_resumed_ for noreturn too), and needs no hint;
 * nothing ever calls cwith_unreachable_. */
static inline CWITH_MAYBE_UNUSED void cwith_resumed_(void)
{
}
#if defined(__GNUC__) && !defined(__clang__)
static inline __attribute__((__noreturn__, __unused__)) void cwith_unreachable_(void)
{
    abort();
}
#else
static inline CWITH_MAYBE_UNUSED void cwith_unreachable_(void)
{
}
#endif

/* Called by generated code, which uses no macro of this header (so it
 * also compiles after the preprocessor has run): after item K entered,
 *   static const cwith_site cwith_siteK = { cwith_exit_any_M, "file.cw",
 *                                           LINE, "M", cwith_site_magic };
 *   cwith_enter_(&cwith_frameK, &cwith_siteK, &value, &cwith_jbK);
 * and, for managers that can handle errors, cwith_setjmp(cwith_jbK) as the
 * point where execution resumes; before each exit on a normal path,
 *   cwith_leave_(&cwith_frameK);
 * (The resume point is used only when the exit returns nonzero, which the
 * exits of managers with cwith_handles_M == 0 never do: passing &cwith_jbK
 * for them too is harmless.)
 *
 * The chain's end is CWITH_CHAIN_END_, not a null pointer: the highest
 * address, so that the safety net below costs one compare per entry.
 *
 * Safety net (not with CWITH_NO_STACK_CHECK): a with-statement left without
 * its exit (a longjmp out of it, a jump hidden in a macro that the build
 * step could not see) leaves its frame on the chain, in a stack frame that
 * may be dead.  Frames live on the stack, which grows down: a live top is
 * in this function or a caller, so at an address above the new frame's,
 * or in this same function (whose frames the compiler lays out in any
 * order).  So when the top is at or below the new frame, a second test
 * (cold) tells the two apart: the top is stale if it is the new frame
 * itself (the same with-statement entered again after a hidden jump out
 * of it) or lies below the stack pointer (its function has returned).
 * Then cwith_stale_top_ reports it and stops the program.  Raising checks
 * each frame it walks the same way.
 *
 * The translator picks the cheapest test that is still exact, so that the
 * net costs a compare and a branch only where something could have gone
 * wrong (README, Errors, "Safety net"):
 *   cwith_enter_(f, s, v, jb)         the test above: the with-statement is
 *                                     the outermost of its function;
 *   cwith_enter_in_(f, s, v, jb, &e)  it stands where frame e of the same
 *                                     function is on top of the chain for
 *                                     certain (an enclosing item or defer):
 *                                     anything else on top is stale.  Where
 *                                     no call came between, the compiler
 *                                     knows the top is e and drops the test;
 *   cwith_enter_leaf_(f, s, v, jb)    its body makes no call: no test (nothing
 *                                     in it can raise or walk the chain, and
 *                                     the compiler can then delete the push
 *                                     and pop; a frame left stale elsewhere is
 *                                     found by the next test or raise).  Assumes one stack per thread growing
 * down (all usual targets); define CWITH_NO_STACK_CHECK for with-statements
 * on other stacks of the same thread (sigaltstack handlers, coroutines). */
#define CWITH_CHAIN_END_ ((cwith_frame *)~(uintptr_t)0)
#if CWITH_HAVE_TLS
extern CWITH_API CWITH_TLS cwith_frame *cwith_top_;
#endif

/* Reports a frame left on the chain (`at`: the with-statement being
 * entered) and stops the program (abort). */
CWITH_API CWITH_NORETURN void cwith_stale_top_(const cwith_frame *top, const cwith_site *at);
/* The same for the top of the calling thread's chain: the inline tests
 * pass it nothing but the site, so the head they loaded need not stay in
 * an argument register (gcc: one move less per entry). */
CWITH_API CWITH_NORETURN void cwith_stale_at_(const cwith_site *at);
/* The cold test where the stack pointer cannot be read inline. */
CWITH_API void cwith_check_top_(const cwith_frame *top, const cwith_frame *f,
                      const cwith_site *at);

/* Inlined at -O0 too: the stack pointer read must be the caller's. */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)
#  define CWITH_INLINE_ static inline __attribute__((__always_inline__))
#else
#  define CWITH_INLINE_ static inline
#endif

#if defined(CWITH_NO_STACK_CHECK) || defined(CWITH_NO_UNWIND)
#  define CWITH_CHECK_TOP_(t, f, s) ((void)0)
#  define CWITH_CHECK_IN_(t, e, s) ((void)(e))
#else
#  if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)
#    define CWITH_UNLIKELY_(c) __builtin_expect((c) != 0, 0)
#  else
#    define CWITH_UNLIKELY_(c) (c)
#  endif
/* the top must be e, the frame below in the same function: one compare
 * with a noreturn slow path, which receives nothing of the new frame */
#  define CWITH_CHECK_IN_(t, e, s)                                        \
    do {                                                                 \
        if (CWITH_UNLIKELY_((t) != (e))) cwith_stale_at_(s);             \
    } while (0)
#  if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)    \
      && (defined(__x86_64__) || defined(__i386__) || defined(__aarch64__))
/* the stack pointer, one instruction, read only on the cold path */
CWITH_INLINE_ uintptr_t cwith_sp_(void)
{
    uintptr_t cwith_sp;
#    if defined(__x86_64__)
    __asm__("movq %%rsp, %0" : "=r"(cwith_sp));
#    elif defined(__i386__)
    __asm__("movl %%esp, %0" : "=r"(cwith_sp));
#    else
    __asm__("mov %0, sp" : "=r"(cwith_sp));
#    endif
    return cwith_sp;
}
#    define CWITH_CHECK_TOP_(t, f, s)                                     \
    do {                                                                 \
        if (CWITH_UNLIKELY_((t) <= (f))                                  \
            && ((t) == (f) || (uintptr_t)(t) < cwith_sp_()))             \
            cwith_stale_at_(s);                                          \
    } while (0)
#  elif defined(__TINYC__)
/* tcc never inlines: the frame address of cwith_enter_ itself is just
 * below the caller's stack pointer */
#    define CWITH_CHECK_TOP_(t, f, s)                                     \
    do {                                                                 \
        if ((uintptr_t)(t) <= (uintptr_t)(f)                             \
            && ((t) == (f)                                               \
                || (uintptr_t)(t) < (uintptr_t)__builtin_frame_address(0))) \
            cwith_stale_top_((t), (s));                                  \
    } while (0)
#  else
#    define CWITH_CHECK_TOP_(t, f, s)                                     \
    do {                                                                 \
        if (CWITH_UNLIKELY_((uintptr_t)(t) <= (uintptr_t)(f)))           \
            cwith_check_top_((t), (f), (s));                             \
    } while (0)
#  endif
#endif

/* cwith_take(NAME) (generated code): the item's frame stays on the chain
 * until its with-statement is left, but an unwinding error passes over it
 * (a null value: no exit to run). On the normal paths the exit runs unless
 * cwith_taken_(&frame, flag): with unwinding, the frame says, since a
 * longjmp may have come back to a setjmp after the take (the accesses are
 * volatile, so what the take wrote is what is read); without it nothing
 * comes back, and the flag, a plain local, folds away where the flow is
 * visible. */
#if !defined(CWITH_NO_UNWIND)
CWITH_INLINE_ void cwith_take_(volatile cwith_frame *cwith_f)
{
    cwith_f->cwith_value = 0;
}
CWITH_INLINE_ int cwith_taken_(volatile cwith_frame *cwith_f, int cwith_flag)
{
    (void)cwith_flag;
    return cwith_f->cwith_value == 0;
}
#endif

#if defined(CWITH_NO_UNWIND)
/* No chain: a raise runs no exits and is reported as uncaught. */
static inline void cwith_enter_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                const void *cwith_value, jmp_buf *cwith_resume)
{
    (void)cwith_f; (void)cwith_s; (void)cwith_value; (void)cwith_resume;
}
static inline void cwith_enter_in_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                   const void *cwith_value, jmp_buf *cwith_resume,
                                   const cwith_frame *cwith_e)
{
    (void)cwith_f; (void)cwith_s; (void)cwith_value; (void)cwith_resume; (void)cwith_e;
}
static inline void cwith_enter_leaf_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                     const void *cwith_value, jmp_buf *cwith_resume)
{
    (void)cwith_f; (void)cwith_s; (void)cwith_value; (void)cwith_resume;
}
static inline void cwith_leave_(cwith_frame *cwith_f) { (void)cwith_f; }
static inline void cwith_take_(cwith_frame *cwith_f) { (void)cwith_f; }
static inline int cwith_taken_(cwith_frame *cwith_f, int cwith_flag)
{
    (void)cwith_f;
    return cwith_flag;
}
#else
/* CWITH_HEAD_: the chain head's lvalue; one call without TLS */
#  if CWITH_HAVE_TLS
#    define CWITH_HEAD_DECL_ /* nothing */
#    define CWITH_HEAD_ cwith_top_
#  else
#    define CWITH_HEAD_DECL_ cwith_frame **cwith_head = cwith_chain_();
#    define CWITH_HEAD_ (*cwith_head)
#  endif
#  define CWITH_PUSH_(t)                                                  \
    cwith_f->cwith_site = cwith_s;                                       \
    cwith_f->cwith_value = cwith_value;                                  \
    cwith_f->cwith_resume = cwith_resume;                                \
    cwith_f->cwith_prev = (t);                                           \
    CWITH_HEAD_ = cwith_f
CWITH_INLINE_ void cwith_enter_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                const void *cwith_value, jmp_buf *cwith_resume)
{
    CWITH_HEAD_DECL_
    cwith_frame *cwith_t = CWITH_HEAD_;
    CWITH_CHECK_TOP_(cwith_t, cwith_f, cwith_s);
    CWITH_PUSH_(cwith_t);
}
CWITH_INLINE_ void cwith_enter_in_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                   const void *cwith_value, jmp_buf *cwith_resume,
                                   const cwith_frame *cwith_e)
{
    CWITH_HEAD_DECL_
    cwith_frame *cwith_t = CWITH_HEAD_;
    CWITH_CHECK_IN_(cwith_t, cwith_e, cwith_s);
    CWITH_PUSH_(cwith_t);
}
CWITH_INLINE_ void cwith_enter_leaf_(cwith_frame *cwith_f, const cwith_site *cwith_s,
                                     const void *cwith_value, jmp_buf *cwith_resume)
{
    CWITH_HEAD_DECL_
    CWITH_PUSH_(CWITH_HEAD_);
}
CWITH_INLINE_ void cwith_leave_(cwith_frame *cwith_f)
{
    CWITH_HEAD_DECL_
    CWITH_HEAD_ = cwith_f->cwith_prev;
}
#endif

/* Defer statements (generated code): a defer's frame has this exit, which
 * keeps the unwinding error in the defer's variable (the frame's value) and
 * has the walk resume at the defer, whose statement runs and raises the
 * error again. cwith_unwinds_ is 0 under CWITH_NO_UNWIND: no setjmp then. */
static inline CWITH_MAYBE_UNUSED
int cwith_defer_exit_(const void *cwith_slot, const cwith_error *cwith_err)
{
    union { const void *in; const cwith_error **out; } cwith_u;
    cwith_u.in = cwith_slot;
    *cwith_u.out = cwith_err;
    return 1;
}
/* Around a deferred statement run for an unwinding error: the error is
 * being handled meanwhile (one raised by the statement keeps it as its
 * cause), then it goes on unwinding. */
CWITH_API void cwith_defer_unwinding_(const cwith_error *err);
CWITH_API CWITH_NORETURN void cwith_defer_reraise_(const cwith_error *err);
#if defined(CWITH_NO_UNWIND)
enum { cwith_unwinds_ = 0 };
#else
enum { cwith_unwinds_ = 1 };
#endif

/* Exit stacks (see exit_stack below): a value is pushed with its
 * manager's exit, as the exits of a with-statement's items are. */
typedef struct cwith_exit_stack cwith_exit_stack;
typedef union cwith_stack_slot_ {
    void *cwith_p;
    long long cwith_ll;
    long double cwith_ld;
    void (*cwith_fp)(void);
} cwith_stack_slot_;
CWITH_API cwith_exit_stack *cwith_exit_stack_new_(void);
CWITH_API void cwith_stack_push_(cwith_exit_stack *stack, const void *value, size_t size,
                                 int (*exit)(const void *, const cwith_error *),
                                 const char *manager);
CWITH_API void cwith_exit_stack_close_(cwith_exit_stack *stack, const cwith_error *err);

/* ------------------------------------------------------------------ */
/* Declaring managers                                                 */
/* ------------------------------------------------------------------ */

/* typedef + failed test + the exit seen through the frame chain. */
#define CWITH_MANAGER_HEAD_(name, type, failed_test, handles)            \
    CWITH_UNUSED_OK_BEGIN_                                               \
    typedef type cwith_type_##name;                                      \
    /* `== 1`: for clang -Wunreachable-code a configuration value (a     \
     * macro's literal, or `(0)` once preprocessed) in both modes */     \
    enum { cwith_handles_##name = (handles) == 1 };                      \
    static inline CWITH_MAYBE_UNUSED                                     \
    int cwith_failed_##name(cwith_type_##name v)                         \
    {                                                                    \
        (void)v;    /* failed_test may ignore v */                       \
        return (failed_test) != 0;                                       \
    }                                                                    \
    static inline int cwith_exit_##name(cwith_type_##name const *,       \
                                        const cwith_error *);            \
    static inline CWITH_MAYBE_UNUSED                                     \
    int cwith_exit_any_##name(const void *cwith_vp,                      \
                              const cwith_error *cwith_err)              \
    {                                                                    \
        return cwith_exit_##name((cwith_type_##name const *)cwith_vp,    \
                                 cwith_err);                             \
    }                                                                         \
    /* cwith_stack_push(stack, name, v) */                               \
    static inline CWITH_MAYBE_UNUSED                                     \
    cwith_type_##name cwith_stack_push_##name(cwith_exit_stack *cwith_s, \
        cwith_type_##name v, const char *cwith_file, int cwith_line)     \
    {                                                                    \
        (void)sizeof(char[sizeof v <= sizeof(cwith_stack_slot_) ? 1 : -1]); \
        if (cwith_failed_##name(v))                                      \
            cwith_enter_failed(cwith_file, cwith_line, #name);           \
        cwith_stack_push_(cwith_s, &v, sizeof v, cwith_exit_any_##name, #name); \
        return v;                                                        \
    }

/* Ends with a forward struct declaration so that the user's `;` is
 * required and an empty file-scope declaration never appears. */
#define CWITH_MANAGER(name, type, failed_test, release_fn)              \
    CWITH_MANAGER_HEAD_(name, type, failed_test, 0)                      \
    static inline int cwith_exit_##name(cwith_type_##name const *cwith_vp, \
                                        const cwith_error *cwith_err)    \
    {                                                                    \
        (void)cwith_err;                                                 \
        (void)release_fn(*cwith_vp);                                     \
        return 0;                                                        \
    }                                                                    \
    CWITH_UNUSED_OK_END_                                                 \
    struct cwith_manager_##name

/* The same, and the release can fail: release_failed_test is an
 * expression of `r`, the int the release returned, true when it failed
 * (errno says why).  A failure is raised, or kept with the error that is
 * unwinding (cwith_exit_failed). */
#define CWITH_MANAGER_CHECKED(name, type, failed_test, release_fn,        \
                              release_failed_test)                       \
    CWITH_MANAGER_HEAD_(name, type, failed_test, 0)                      \
    static inline int cwith_exit_##name(cwith_type_##name const *cwith_vp, \
                                        const cwith_error *cwith_err)    \
    {                                                                    \
        int r = release_fn(*cwith_vp);                                   \
        if (release_failed_test)                                         \
            cwith_exit_failed(__FILE__, __LINE__, #name, cwith_err);     \
        return 0;                                                        \
    }                                                                    \
    CWITH_UNUSED_OK_END_                                                 \
    struct cwith_manager_##name

#define CWITH_MANAGER_EXIT(name, type, failed_test, vp, err)            \
    CWITH_MANAGER_HEAD_(name, type, failed_test, 1)                      \
    static inline int cwith_exit_##name(                                 \
        cwith_type_##name const *vp CWITH_MAYBE_UNUSED,                  \
        const cwith_error *err CWITH_MAYBE_UNUSED)                       \
    CWITH_UNUSED_OK_END_

/* Init-style APIs fill the caller's object and return a status
 * (pthread_mutex_init(&m, attr), strbuffer_init(&sb)):
 *
 *   CWITH_MANAGER_INIT(name, type, (type *obj, PARAMS...), init_call,
 *                      status_failed_test, release_fn);
 *
 * defines the enter `type *name(type *obj, PARAMS...)`: it evaluates
 * init_call (written with the parameter names; its result, an int, is `r`)
 * and returns obj, or a null pointer when status_failed_test (an
 * expression of r) is true; and the manager `name` whose exit calls
 * release_fn(obj).  The first parameter must be named obj.  So
 *
 *   CWITH_MANAGER_INIT(mutex_inited, pthread_mutex_t,
 *       (pthread_mutex_t *obj, const pthread_mutexattr_t *attr),
 *       pthread_mutex_init(obj, attr), cwith_failed_with(r),
 *       pthread_mutex_destroy);
 *
 * gives `with (mutex_inited(&m, NULL) as mp) ...`.  For a failed enter to
 * be reported with its reason, the test should leave it in errno
 * (cwith_failed_with(r) does, for statuses that are error numbers). */
#define CWITH_MANAGER_INIT(name, type, params, init_call,                 \
                           status_failed_test, release_fn)               \
    CWITH_UNUSED_OK_BEGIN_                                               \
    static inline CWITH_MAYBE_UNUSED type *name params                   \
    {                                                                    \
        int r = (init_call);                                             \
        if (status_failed_test) return 0;                                \
        return obj;                                                      \
    }                                                                    \
    CWITH_UNUSED_OK_END_                                                 \
    CWITH_MANAGER(name, type *, v == 0, release_fn)

/* catch_error(&e): handles any error raised in its body; afterwards
 * e.code is 0 if none was raised, else e holds the error. Like Python's
 * contextlib.suppress, with the error kept. */
static inline cwith_error *catch_error(cwith_error *out)
{
    out->code = 0;
    out->file = 0;
    out->line = 0;
    out->message[0] = 0;
    out->cause = 0;
    out->nsuppressed = 0;
    return out;
}
#ifndef CWITH_NO_MANAGER_catch_error
CWITH_MANAGER_EXIT(catch_error, cwith_error *, v == 0, vp, err)
{
    if (!err) return 0;
    **vp = *err;
    return 1;
}
#endif

/* exit_stack(): Python's contextlib.ExitStack.  In its body,
 *   cwith_stack_push(stack, M, value)
 * puts value (what M's enter returned, or one held already) under M's
 * exit and evaluates to it; a value that fails M's test raises as a failed
 * enter does.  When the stack's with-statement ends, on every path, the
 * pushed values are exited last first; a failing exit does not stop the
 * others (left normally, the first failure is raised afterwards and later
 * ones are its suppressed entries; while an error unwinds, each is a
 * suppressed entry of that error).  Their exits see an unwinding error but
 * cannot handle it.  Values of up to sizeof(cwith_stack_slot_) bytes. */
#define cwith_stack_push(stack, M, value) \
    cwith_stack_push_##M((stack), (value), __FILE__, __LINE__)
static inline CWITH_MAYBE_UNUSED cwith_exit_stack *exit_stack(void)
{
    return cwith_exit_stack_new_();
}
#ifndef CWITH_NO_MANAGER_exit_stack
CWITH_MANAGER_EXIT(exit_stack, cwith_exit_stack *, v == 0, vp, err)
{
    cwith_exit_stack_close_(*vp, err);
    return 0;
}
#endif

/* ------------------------------------------------------------------ */
/* Which shipped groups are available                                 */
/* ------------------------------------------------------------------ */

/* CWITH_HAVE_POSIX: the headers declare POSIX.1-2008.  Checked against
 * what the C library actually enabled, because a feature macro defined
 * after <stdio.h> no longer has any effect. */
#ifndef CWITH_HAVE_POSIX
#  if defined(CWITH_NO_POSIX)
#    define CWITH_HAVE_POSIX 0
#  elif defined(__GLIBC__)
#    if defined(__USE_XOPEN2K8)
#      define CWITH_HAVE_POSIX 1
#    else
#      define CWITH_HAVE_POSIX 0
#    endif
#  elif defined(__APPLE__)        /* everything visible unless restricted */
#    if !defined(_POSIX_C_SOURCE) || defined(_DARWIN_C_SOURCE) \
        || _POSIX_C_SOURCE >= 200809L
#      define CWITH_HAVE_POSIX 1
#    else
#      define CWITH_HAVE_POSIX 0
#    endif
#  elif defined(__POSIX_VISIBLE)  /* FreeBSD, NetBSD, OpenBSD <sys/cdefs.h> */
#    if __POSIX_VISIBLE >= 200809
#      define CWITH_HAVE_POSIX 1
#    else
#      define CWITH_HAVE_POSIX 0
#    endif
#  elif defined(__unix__) || defined(__unix)   /* musl and others */
#    if (defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE >= 200809L)      \
        || (defined(_XOPEN_SOURCE) && _XOPEN_SOURCE >= 700)           \
        || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE)           \
        || defined(_BSD_SOURCE)
#      define CWITH_HAVE_POSIX 1
#    else
#      define CWITH_HAVE_POSIX 0
#    endif
#  else
#    define CWITH_HAVE_POSIX 0
#  endif
#endif

#if CWITH_HAVE_POSIX && !defined(CWITH_NO_PTHREAD)
#  define CWITH_HAVE_PTHREAD 1
#else
#  define CWITH_HAVE_PTHREAD 0
#endif

/* flock is BSD, not POSIX: declared by glibc and musl whatever the feature
 * macros, by the BSDs and macOS unless a strict POSIX mode hides it. */
#if CWITH_HAVE_POSIX && !defined(CWITH_NO_FLOCK)                        \
    && (defined(__linux__) || defined(__GLIBC__)                        \
        || (defined(__BSD_VISIBLE) && __BSD_VISIBLE)                    \
        || (defined(__APPLE__)                                          \
            && (!defined(_POSIX_C_SOURCE) || defined(_DARWIN_C_SOURCE))))
#  define CWITH_HAVE_FLOCK 1
#else
#  define CWITH_HAVE_FLOCK 0
#endif

#if defined(CWITH_C11_THREADS) && !defined(__STDC_NO_THREADS__)
#  define CWITH_HAVE_C11_THREADS 1
#else
#  define CWITH_HAVE_C11_THREADS 0
#endif

/* Each shipped manager below sits in #ifndef CWITH_NO_MANAGER_<name>: C
 * cannot let a later declaration replace an earlier one, so a program that
 * wants its own manager under a shipped name says so before the include. */

/* ------------------------------------------------------------------ */
/* Standard C                                                         */
/* ------------------------------------------------------------------ */
#ifndef CWITH_NO_STDC

#ifndef CWITH_NO_MANAGER_fopen
CWITH_MANAGER_CHECKED(fopen,   FILE *, v == NULL, fclose, r == EOF);
#endif
#ifndef CWITH_NO_MANAGER_tmpfile
CWITH_MANAGER_CHECKED(tmpfile, FILE *, v == NULL, fclose, r == EOF);
#endif
/* Note: malloc(0)/calloc(0, n) may return NULL, which counts as failure. */
#ifndef CWITH_NO_MANAGER_malloc
CWITH_MANAGER(malloc,  void *, v == NULL, free);
#endif
#ifndef CWITH_NO_MANAGER_calloc
CWITH_MANAGER(calloc,  void *, v == NULL, free);
#endif
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#ifndef CWITH_NO_MANAGER_aligned_alloc
CWITH_MANAGER(aligned_alloc, void *, v == NULL, free);
#endif
#endif

#endif /* CWITH_NO_STDC */

/* ------------------------------------------------------------------ */
/* POSIX                                                              */
/* ------------------------------------------------------------------ */
#if CWITH_HAVE_POSIX

#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>

/* streams */
#ifndef CWITH_NO_MANAGER_fdopen
CWITH_MANAGER_CHECKED(fdopen,         FILE *, v == NULL, fclose, r == EOF);
#endif
#ifndef CWITH_NO_MANAGER_fmemopen
CWITH_MANAGER_CHECKED(fmemopen,       FILE *, v == NULL, fclose, r == EOF);
#endif
#ifndef CWITH_NO_MANAGER_open_memstream
CWITH_MANAGER_CHECKED(open_memstream, FILE *, v == NULL, fclose, r == EOF);
#endif
#ifndef CWITH_NO_MANAGER_popen
CWITH_MANAGER_CHECKED(popen,          FILE *, v == NULL, pclose, r == -1);
#endif

/* strings */
#ifndef CWITH_NO_MANAGER_strdup
CWITH_MANAGER(strdup,  char *, v == NULL, free);
#endif
#ifndef CWITH_NO_MANAGER_strndup
CWITH_MANAGER(strndup, char *, v == NULL, free);
#endif

/* directories */
#ifndef CWITH_NO_MANAGER_opendir
CWITH_MANAGER_CHECKED(opendir,   DIR *, v == NULL, closedir, r != 0);
#endif
#ifndef CWITH_NO_MANAGER_fdopendir
CWITH_MANAGER_CHECKED(fdopendir, DIR *, v == NULL, closedir, r != 0);
#endif

/* file descriptors (mkstemp closes but does not unlink the file).  close()
 * interrupted by a signal (EINTR) has released the descriptor on Linux and
 * must not be retried: not a failure (as in Python, PEP 475). */
#define CWITH_CLOSE_FAILED_ (r != 0 && errno != EINTR)
#ifndef CWITH_NO_MANAGER_open
CWITH_MANAGER_CHECKED(open,    int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_openat
CWITH_MANAGER_CHECKED(openat,  int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_creat
CWITH_MANAGER_CHECKED(creat,   int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_dup
CWITH_MANAGER_CHECKED(dup,     int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_dup2
CWITH_MANAGER_CHECKED(dup2,    int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_mkstemp
CWITH_MANAGER_CHECKED(mkstemp, int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif

#ifndef CWITH_NO_SOCKETS
#include <sys/socket.h>
#ifndef CWITH_NO_MANAGER_socket
CWITH_MANAGER_CHECKED(socket, int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#ifndef CWITH_NO_MANAGER_accept
CWITH_MANAGER_CHECKED(accept, int, v < 0, close, CWITH_CLOSE_FAILED_);
#endif
#endif

#ifndef CWITH_NO_ICONV
#include <iconv.h>
#ifndef CWITH_NO_MANAGER_iconv_open
CWITH_MANAGER_CHECKED(iconv_open, iconv_t, v == (iconv_t)-1, iconv_close, r != 0);
#endif
#endif

#endif /* CWITH_HAVE_POSIX */

/* ------------------------------------------------------------------ */
/* Locks: the enter call returns the lock, or NULL with errno set      */
/* ------------------------------------------------------------------ */
#if CWITH_HAVE_PTHREAD

#include <pthread.h>

static inline pthread_mutex_t *mutex_locked(pthread_mutex_t *m)
{
    int e = pthread_mutex_lock(m);   /* pthread returns the error code */
    if (e != 0) { errno = e; return NULL; }
    return m;
}

static inline pthread_rwlock_t *rwlock_rdlocked(pthread_rwlock_t *l)
{
    int e = pthread_rwlock_rdlock(l);
    if (e != 0) { errno = e; return NULL; }
    return l;
}

static inline pthread_rwlock_t *rwlock_wrlocked(pthread_rwlock_t *l)
{
    int e = pthread_rwlock_wrlock(l);
    if (e != 0) { errno = e; return NULL; }
    return l;
}

/* Conditional: the lock is taken only if it is free; otherwise the enter
 * fails with errno EBUSY, so `with (mutex_trylocked(&m)) ... else ...`
 * reads as "if I got the lock". */
static inline pthread_mutex_t *mutex_trylocked(pthread_mutex_t *m)
{
    int e = pthread_mutex_trylock(m);
    if (e != 0) { errno = e; return NULL; }
    return m;
}

static inline pthread_rwlock_t *rwlock_tryrdlocked(pthread_rwlock_t *l)
{
    int e = pthread_rwlock_tryrdlock(l);
    if (e != 0) { errno = e; return NULL; }
    return l;
}

static inline pthread_rwlock_t *rwlock_trywrlocked(pthread_rwlock_t *l)
{
    int e = pthread_rwlock_trywrlock(l);
    if (e != 0) { errno = e; return NULL; }
    return l;
}

#ifndef CWITH_NO_MANAGER_mutex_locked
CWITH_MANAGER_CHECKED(mutex_locked,    pthread_mutex_t *,  v == NULL,
                      pthread_mutex_unlock, cwith_failed_with(r));
#endif
#ifndef CWITH_NO_MANAGER_rwlock_rdlocked
CWITH_MANAGER_CHECKED(rwlock_rdlocked, pthread_rwlock_t *, v == NULL,
                      pthread_rwlock_unlock, cwith_failed_with(r));
#endif
#ifndef CWITH_NO_MANAGER_rwlock_wrlocked
CWITH_MANAGER_CHECKED(rwlock_wrlocked, pthread_rwlock_t *, v == NULL,
                      pthread_rwlock_unlock, cwith_failed_with(r));
#endif
#ifndef CWITH_NO_MANAGER_mutex_trylocked
CWITH_MANAGER_CHECKED(mutex_trylocked,    pthread_mutex_t *,  v == NULL,
                      pthread_mutex_unlock, cwith_failed_with(r));
#endif
#ifndef CWITH_NO_MANAGER_rwlock_tryrdlocked
CWITH_MANAGER_CHECKED(rwlock_tryrdlocked, pthread_rwlock_t *, v == NULL,
                      pthread_rwlock_unlock, cwith_failed_with(r));
#endif
#ifndef CWITH_NO_MANAGER_rwlock_trywrlocked
CWITH_MANAGER_CHECKED(rwlock_trywrlocked, pthread_rwlock_t *, v == NULL,
                      pthread_rwlock_unlock, cwith_failed_with(r));
#endif

#endif /* CWITH_HAVE_PTHREAD */

/* flock(2) locks on a file descriptor (BSD; Linux, the BSDs, macOS): the
 * value is the descriptor, the exit unlocks it (the descriptor stays open).
 *   flocked(fd, LOCK_EX or LOCK_SH)          waits for the lock
 *   flock_trylocked(fd, LOCK_EX or LOCK_SH)  fails with EWOULDBLOCK if held */
#if CWITH_HAVE_FLOCK

#include <sys/file.h>

static inline int flocked(int fd, int operation)
{
    return flock(fd, operation) == 0 ? fd : -1;
}

static inline int flock_trylocked(int fd, int operation)
{
    return flock(fd, operation | LOCK_NB) == 0 ? fd : -1;
}

static inline int cwith_funlock_(int fd) { return flock(fd, LOCK_UN); }

#ifndef CWITH_NO_MANAGER_flocked
CWITH_MANAGER_CHECKED(flocked,         int, v < 0, cwith_funlock_, r != 0);
#endif
#ifndef CWITH_NO_MANAGER_flock_trylocked
CWITH_MANAGER_CHECKED(flock_trylocked, int, v < 0, cwith_funlock_, r != 0);
#endif

#endif /* CWITH_HAVE_FLOCK */

#if CWITH_HAVE_C11_THREADS

#include <threads.h>

static inline mtx_t *mtx_locked(mtx_t *m)
{
    int r = mtx_lock(m);
    if (r != thrd_success) {
        /* thrd_error gives no reason: clear errno so none is misreported */
        errno = (r == thrd_nomem) ? ENOMEM : 0;
        return NULL;
    }
    return m;
}

/* fails with errno EBUSY when the mutex is held */
static inline mtx_t *mtx_trylocked(mtx_t *m)
{
    int r = mtx_trylock(m);
    if (r != thrd_success) {
        errno = (r == thrd_busy) ? EBUSY : 0;
        return NULL;
    }
    return m;
}

/* thrd_error gives no reason: errno -1 reports none */
#ifndef CWITH_NO_MANAGER_mtx_locked
CWITH_MANAGER_CHECKED(mtx_locked, mtx_t *, v == NULL, mtx_unlock,
                      cwith_failed_with(r == thrd_success ? 0 : -1));
#endif
#ifndef CWITH_NO_MANAGER_mtx_trylocked
CWITH_MANAGER_CHECKED(mtx_trylocked, mtx_t *, v == NULL, mtx_unlock,
                      cwith_failed_with(r == thrd_success ? 0 : -1));
#endif

#endif /* CWITH_HAVE_C11_THREADS */

#ifdef __cplusplus
}
#endif

#endif /* CWITH_H */
