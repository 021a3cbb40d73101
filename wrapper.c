/* wrapper.c: cwith as a compiler wrapper (see wrapper.h).
 *
 * Each cwith source goes through three steps, each run once:
 *
 *   CC <preprocessor options> [dependency options] -E -x c SRC   -> text
 *   cwith_translate(text), in this process                        -> C
 *   CC <compiler options> -c -x cpp-output TMP/N-x.i -o OUT
 *
 * The preprocessed text comes through a pipe. The C goes through a
 * temporary file rather than the compiler's standard input because clang
 * names the compilation unit in the debug information after its input
 * file: `-` for standard input, the first line marker's file (x.cw) for
 * a file named .i; gcc takes the marker either way. The preprocessor writes line markers (`# 12 "x.cw" 1`) and the translation
 * never adds or removes a line, so the compiler's diagnostics, __FILE__
 * and __LINE__ (expanded by the first step) and the debug information
 * name the .cw file and line; the translator reads the same markers for
 * its own errors. Because it sees the text after macro expansion, a jump
 * written inside a macro is an ordinary jump to it, and so is a with
 * written inside one.
 *
 *
 * Options are sorted by what they are for: preprocessing only (-I, -D,
 * -include...), linking only (-l, -L, -Wl,..., -shared...), dependency
 * files (-MD, -MF...: rebuilt for the -E step, see push_deps), what to make
 * (-c, -S, -E, -M), -o, -x; all others go to both steps. Inputs that are
 * not cwith sources stay in CC's own command, in their place. Linking
 * several files compiles each cwith source to a temporary object first and
 * then runs CC on the original command with those objects in place of the
 * sources.
 *
 * While a compiler runs, SIGINT, SIGTERM, SIGHUP and SIGQUIT are blocked
 * here (the compiler gets the caller's mask), unless cwith was started
 * ignoring them: after it ends, a pending one removes the temporary files
 * and then ends cwith as it would have. No handler, so no global state.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "respace.h"
#include "translator.h"     /* xrealloc (util.c) */
#include "wrapper.h"

extern char **environ;

/* Lists of words are strings, " -a -b ": arrays of pointers would be
 * writable data under -fPIE (the translator's objects have none). */

/* Options whose value may also be the next argument (`-I dir`). */
#define WITH_VALUE " -o -x -I -D -U -A -include -imacros -idirafter -iprefix -iwithprefix" \
    " -iwithprefixbefore -isystem -isysroot -iquote -imultilib -imultiarch -iframework" \
    " -include-pch -MF -MT -MQ -Xpreprocessor -Xassembler -Xlinker -Xclang -mllvm" \
    " -L -l -u -T -z -e -aux-info -dumpbase -dumpbase-ext -dumpdir --param --sysroot" \
    " -target -arch -MJ "
/* For preprocessing only: the compiler of preprocessed text would ignore
 * them (clang warns that they are unused). */
#define PP_PREFIX " -I -D -U -A -include -imacros -idirafter -iprefix -iwithprefix -isystem" \
    " -iquote -imultilib -imultiarch -iframework -Wp, -Xpreprocessor -nostdinc "
#define PP_EXACT " -undef -trigraphs -traditional-cpp -C -CC -P -H -dD -dM -dN -dI -dU -remap "
/* For linking only (clang warns about them in a compile-only command). */
#define LINK_PREFIX " -l -L -Wl, -Xlinker -T -fuse-ld= --ld-path= -static -shared "
#define LINK_EXACT " -u -z -e -pie -no-pie -rdynamic -s -r -nostdlib -nostartfiles" \
    " -nodefaultlibs -nolibc -symbolic "
#define DEP_PREFIX " -MF -MT -MQ "
#define DEP_EXACT " -MD -MMD -MP -MG "

typedef enum Kind {
    K_INPUT,        /* a file: a source, an object, a library */
    K_BOTH,         /* for preprocessing and compiling: -O2 -g -std= -f -m -W ... */
    K_PP,           /* preprocessing only */
    K_LINK,         /* linking only */
    K_DEP,          /* dependency output */
    K_OUT,          /* -o FILE */
    K_LANG,         /* -x LANGUAGE */
    K_ACTION,       /* -c -S -E -M -MM -fsyntax-only */
    K_OURS          /* --cwith-c, --cwith-require-else */
} Kind;

typedef struct Arg {
    Kind kind;
    int at, n;              /* argv[at .. at+n-1]: the option and its separate value */
    const char *value;      /* K_OUT, K_LANG: the value; K_INPUT: the file */
    const char *lang;       /* K_INPUT: the -x language in effect; NULL: none */
    bool cw;                /* K_INPUT: a cwith source */
} Arg;

typedef struct Argv { char **v; size_t n, cap; } Argv;
typedef struct Text { char *p; size_t n; } Text;

typedef struct Wrap {
    char **argv;            /* argv[0] is the compiler */
    Arg *args;
    size_t nargs, ninputs, ncw;
    const char *out;        /* -o */
    char action;            /* 'M' -M/-MM, 'E', 'S', 'c', 's' -fsyntax-only, 'l' link */
    bool cwith_c;           /* --cwith-c: .c files are cwith sources too */
    bool require_else;      /* --cwith-require-else */
    bool no_warnings;       /* -w, -Wno-dangling-else, -Wno-parentheses */
    bool werror;            /* -Werror[=dangling-else|parentheses], not -Wno-error after */
    bool deps;              /* -MD or -MMD */
    bool dep_file;          /* -MF given */
    bool dep_target;        /* -MT or -MQ given */
    bool fast_path;
    sigset_t caller_mask;   /* the mask cwith was started with: the compilers' */
    sigset_t blocked;       /* the termination signals held while they run */
    char *tmpdir;           /* the temporary files' directory, once made */
    Argv tmps;              /* files in it */
    Argv owned;             /* strings to free */
} Wrap;

/* ------------------------------------------------------------ helpers */

static void push(Argv *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? 2 * a->cap : 32;
        a->v = xrealloc(a->v, a->cap * sizeof *a->v);
    }
    a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

/* A string of ours, freed at the end. */
static char *own(Wrap *w, char *s)
{
    push(&w->owned, s);
    return s;
}

static char *concat(const char *a, size_t alen, const char *b, const char *c)
{
    size_t bl = strlen(b), cl = strlen(c);
    char *s = xrealloc(NULL, alen + bl + cl + 1);
    memcpy(s, a, alen);
    memcpy(s + alen, b, bl);
    memcpy(s + alen + bl, c, cl + 1);
    return s;
}

/* Is s one of the words of list (" -a -b ")? */
static bool is_word(const char *list, const char *s)
{
    size_t n = strlen(s);
    for (const char *p = strstr(list, s); p; p = strstr(p + 1, s))
        if (p[-1] == ' ' && p[n] == ' ') return true;
    return false;
}

/* Does s begin with one of the words of list? */
static bool has_prefix(const char *list, const char *s)
{
    for (const char *p = list; (p = strchr(p, '-')); ) {
        size_t n = strcspn(p, " ");
        if (!strncmp(s, p, n)) return true;
        p += n;
    }
    return false;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && !strcmp(s + n - m, suffix);
}

/* `path` with the suffix of its last component replaced by `suffix`,
 * without its directory if strip_dir (gcc's names for what it derives
 * from a file: x.o from dir/x.cw, obj/x.d from obj/x.o). */
static char *with_suffix(const char *path, bool strip_dir, const char *suffix)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    const char *start = strip_dir ? base : path;
    size_t len = (dot && dot > base ? dot : base + strlen(base)) - start;
    return concat(start, len, suffix, "");
}

/* --------------------------------------------------- which mode it is */

static bool is_program(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

bool wrapper_wanted(const char *first)
{
    if (!*first || *first == '-') return false;
    if (ends_with(first, ".cw") || ends_with(first, ".c") || ends_with(first, ".h")
        || ends_with(first, ".i"))
        return false;
    if (strchr(first, '/')) return is_program(first);
    struct stat st;
    if (stat(first, &st) == 0) return false;    /* a file here: an input */
    const char *path = getenv("PATH");
    if (!path) path = "/bin:/usr/bin";
    for (const char *p = path;; p++) {
        size_t n = strcspn(p, ":");
        char *cand = n ? concat(p, n, "/", first) : concat("", 0, "./", first);
        bool found = is_program(cand);
        free(cand);
        if (found) return true;
        p += n;
        if (!*p) return false;
    }
}

/* ------------------------------------------------- the command line */

static Kind kind_of(const char *a, char *action)
{
    if (!strcmp(a, "-") || a[0] != '-') return K_INPUT;
    if (!strcmp(a, "--cwith-c") || !strcmp(a, "--cwith-require-else")) return K_OURS;
    if (!strncmp(a, "-o", 2)) return K_OUT;
    if (!strncmp(a, "-x", 2)) return K_LANG;
    if (!strcmp(a, "-M") || !strcmp(a, "-MM")) return *action = 'M', K_ACTION;
    if (!strcmp(a, "-fsyntax-only")) return *action = 's', K_ACTION;
    if (!strcmp(a, "-c") || !strcmp(a, "-S") || !strcmp(a, "-E")) {
        *action = a[1];
        return K_ACTION;
    }
    if (is_word(DEP_EXACT, a) || has_prefix(DEP_PREFIX, a)) return K_DEP;
    if (is_word(PP_EXACT, a) || has_prefix(PP_PREFIX, a)) return K_PP;
    if (is_word(LINK_EXACT, a) || has_prefix(LINK_PREFIX, a)) return K_LINK;
    return K_BOTH;
}

/* What the command makes: gcc's order, -E before -S before -c. */
static char rank(char a)
{
    return a == 'M' ? 5 : a == 'E' ? 4 : a == 'S' ? 3 : a == 'c' ? 2 : a == 's' ? 1 : 0;
}

static bool scan(Wrap *w, int argc)
{
    const char *lang = NULL;
    w->args = xrealloc(NULL, (size_t)argc * sizeof *w->args);
    w->action = 'l';
    for (int i = 1; i < argc; i++) {
        const char *a = w->argv[i];
        char action = 0;
        Arg x = { kind_of(a, &action), i, 1, NULL, NULL, false };
        if (x.kind != K_INPUT && is_word(WITH_VALUE, a)) {
            if (i + 1 == argc) {
                fprintf(stderr, "cwith: error: missing argument to '%s'\n", a);
                return false;
            }
            x.n = 2;
            i++;
        }
        const char *value = x.n == 2 ? w->argv[i] : a + 2;
        /* gcc's options for its -Wdangling-else, which cwith's warning is */
        if (!strcmp(a, "-w") || !strcmp(a, "-Wno-dangling-else") || !strcmp(a, "-Wno-parentheses"))
            w->no_warnings = true;
        else if (!strcmp(a, "-Werror") || !strcmp(a, "-Werror=dangling-else") ||
                 !strcmp(a, "-Werror=parentheses"))
            w->werror = true;
        else if (!strcmp(a, "-Wno-error"))
            w->werror = false;
        switch (x.kind) {
        case K_INPUT:
            x.value = a;
            x.lang = lang;
            w->ninputs++;
            break;
        case K_OUT:
            w->out = x.value = value;
            break;
        case K_LANG:
            x.value = value;
            lang = strcmp(value, "none") ? value : NULL;
            break;
        case K_ACTION:
            if (rank(action) > rank(w->action)) w->action = action;
            break;
        case K_DEP:
            w->deps |= !strcmp(a, "-MD") || !strcmp(a, "-MMD");
            w->dep_file |= !strncmp(a, "-MF", 3);
            w->dep_target |= !strncmp(a, "-MT", 3) || !strncmp(a, "-MQ", 3);
            break;
        case K_OURS:
            if (!strcmp(a, "--cwith-c")) w->cwith_c = true;
            else w->require_else = true;
            break;
        default:
            break;
        }
        w->args[w->nargs++] = x;
    }
    for (size_t i = 0; i < w->nargs; i++) {
        Arg *x = &w->args[i];
        if (x->kind != K_INPUT) continue;
        /* a .cw file is C with `with` whatever -x says; a .c file with
         * --cwith-c if it is C (no -x, or -x c) */
        x->cw = ends_with(x->value, ".cw")
                || (w->cwith_c && ends_with(x->value, ".c") && (!x->lang || !strcmp(x->lang, "c")));
        w->ncw += x->cw;
    }
    return true;
}

static void push_arg(Argv *a, const Wrap *w, const Arg *x)
{
    for (int k = 0; k < x->n; k++) push(a, w->argv[x->at + k]);
}

/* The command line as given but for our option, each cwith source
 * replaced by `repl[i]` (NULL: left out) in a language of its own. */
static void push_command(Argv *a, const Wrap *w, char **repl, const char *repl_lang)
{
    push(a, w->argv[0]);
    for (size_t i = 0; i < w->nargs; i++) {
        const Arg *x = &w->args[i];
        if (x->kind == K_OURS) continue;
        if (!(x->kind == K_INPUT && x->cw)) {
            push_arg(a, w, x);
            continue;
        }
        if (!repl[i]) continue;
        const char *lang = x->lang ? x->lang : "none";
        if (strcmp(lang, repl_lang)) push(a, "-x"), push(a, repl_lang);
        push(a, repl[i]);
        if (strcmp(lang, repl_lang)) push(a, "-x"), push(a, lang);
    }
}

/* ----------------------------------------------------------- running */

/* The signals that end a build (make passes on ^C as SIGINT). */
static const int term_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
enum { NTERM = sizeof term_signals / sizeof *term_signals };

/* Removes the temporary files and their directory. */
static void cleanup(Wrap *w)
{
    for (size_t i = 0; i < w->tmps.n; i++) unlink(w->tmps.v[i]);
    if (w->tmpdir) rmdir(w->tmpdir);
}

/* Ends cwith by a termination signal that arrived while a compiler ran
 * (blocked until now), after removing the temporary files. */
static void check_signals(Wrap *w)
{
    sigset_t pending;
    if (sigpending(&pending) != 0) return;
    for (int i = 0; i < NTERM; i++) {
        int sig = term_signals[i];
        if (!sigismember(&w->blocked, sig) || !sigismember(&pending, sig)) continue;
        cleanup(w);
        signal(sig, SIG_DFL);
        sigprocmask(SIG_SETMASK, &w->caller_mask, NULL);   /* delivered here */
        _exit(128 + sig);
    }
}

/* A new file in our temporary directory, named after `file` (N-x.i for
 * dir/x.cw), removed at the end. */
static char *tmp_file(Wrap *w, size_t n, const char *file, const char *suffix)
{
    if (!w->tmpdir) {
        const char *tmp = getenv("TMPDIR");
        if (!tmp || !*tmp) tmp = "/tmp";
        w->tmpdir = concat(tmp, strlen(tmp), "/cwith-XXXXXX", "");
        if (!mkdtemp(w->tmpdir)) {
            fprintf(stderr, "cwith: error: cannot create '%s': %s\n", w->tmpdir, strerror(errno));
            free(w->tmpdir);
            w->tmpdir = NULL;
            return NULL;
        }
    }
    char num[24];
    snprintf(num, sizeof num, "/%zu-", n);
    char *base = with_suffix(file, true, suffix);
    char *path = own(w, concat(w->tmpdir, strlen(w->tmpdir), num, base));
    free(base);
    push(&w->tmps, path);
    return path;
}

static bool read_all(int fd, Text *t)
{
    size_t cap = 1 << 20;
    t->p = xrealloc(NULL, cap);
    t->n = 0;
    for (;;) {
        if (cap - t->n < (1 << 16)) t->p = xrealloc(t->p, cap *= 2);
        ssize_t k = read(fd, t->p + t->n, cap - t->n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return k == 0;
        t->n += (size_t)k;
    }
}

/* Runs a->v (a->v[0] found on PATH). Its standard output is read into
 * `collect`, if not NULL. Returns its exit status, 1 if it could not run
 * or died of a signal (after a message). */
static int run(Wrap *w, Argv *a, Text *collect)
{
    int fds[2] = { -1, -1 };
    if (collect && pipe(fds) != 0) {
        fprintf(stderr, "cwith: error: pipe: %s\n", strerror(errno));
        return 1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&at);
    if (fds[0] >= 0) {
        fcntl(fds[0], F_SETFD, FD_CLOEXEC);
        fcntl(fds[1], F_SETFD, FD_CLOEXEC);
        posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    }
    posix_spawnattr_setsigmask(&at, &w->caller_mask);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK);
    fflush(stdout);
    pid_t pid;
    int e = posix_spawnp(&pid, a->v[0], &fa, &at, a->v, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    if (e != 0) {
        if (fds[0] >= 0) close(fds[0]), close(fds[1]);
        fprintf(stderr, "cwith: error: cannot run '%s': %s\n", a->v[0], strerror(e));
        return 1;
    }
    bool io_ok = true;
    if (collect) {
        close(fds[1]);
        io_ok = read_all(fds[0], collect);
        close(fds[0]);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            fprintf(stderr, "cwith: error: waitpid: %s\n", strerror(errno));
            return 1;
        }
    check_signals(w);
    if (WIFSIGNALED(st)) {
        fprintf(stderr, "cwith: error: '%s' died of signal %d\n", a->v[0], WTERMSIG(st));
        return 1;
    }
    int status = WIFEXITED(st) ? WEXITSTATUS(st) : 1;
    if (!io_ok && status == 0) {
        fprintf(stderr, "cwith: error: reading from '%s': %s\n", a->v[0], strerror(errno));
        status = 1;
    }
    return status;
}

/* -------------------------------------------------------- the steps */

/* Dependency options for the -E step of `src`. gcc's driver derives the
 * dependency file and the target from -o (its specs: obj/x.o gives
 * obj/x.d and `-MQ obj/x.o`); with -E, -o is the text's file, so both are
 * given explicitly, as gcc would name them for this command. */
static void push_deps(Wrap *w, Argv *a, const Arg *src)
{
    if (!w->deps) return;
    for (size_t i = 0; i < w->nargs; i++)
        if (w->args[i].kind == K_DEP) push_arg(a, w, &w->args[i]);
    if (!w->dep_file) {
        push(a, "-MF");
        push(a, own(w, w->out ? with_suffix(w->out, false, ".d")
                              : with_suffix(src->value, true, ".d")));
    }
    if (!w->dep_target && w->out && w->action != 'E') {
        push(a, "-MQ");
        push(a, w->out);
    }
}

static int preprocess(Wrap *w, const Arg *src, Text *text)
{
    Argv a = { 0 };
    push(&a, w->argv[0]);
    for (size_t i = 0; i < w->nargs; i++)
        if (w->args[i].kind == K_BOTH || w->args[i].kind == K_PP) push_arg(&a, w, &w->args[i]);
    push_deps(w, &a, src);
    push(&a, "-DCWITH_WRAPPER_");     /* cwith.h refuses compilers it cannot serve */
    push(&a, "-E");
    push(&a, "-x");
    push(&a, "c");
    push(&a, src->value);
    int st = run(w, &a, text);
    free(a.v);
    return st;
}

static bool translate(Wrap *w, const char *name, const Text *in, Text *out)
{
    cwith_options opt = cwith_default_options();
    opt.line_directives = false;    /* the text has the preprocessor's line markers */
    opt.fast_path = w->fast_path;
    opt.require_else = w->require_else;
    opt.warnings = w->no_warnings ? 0 : w->werror ? 2 : 1;     /* as gcc's -Wdangling-else */
    opt.read_headers = false;       /* preprocessed: every macro is expanded */
    opt.whole_text = true;          /* and every manager declaration is in it */
    FILE *f = open_memstream(&out->p, &out->n);
    if (!f) {
        fprintf(stderr, "cwith: error: %s\n", strerror(errno));
        return false;
    }
    cwith_status st = cwith_translate(name, in->p, in->n, &opt, f);
    bool ok = fclose(f) == 0 && st == CWITH_OK;
    if (!ok && st != CWITH_ERRORS) fprintf(stderr, "cwith: error: %s\n", strerror(errno));
    return ok;
}

/* Compiles translated text of input n: `action` is -c, -S or -fsyntax-only. */
static int compile(Wrap *w, size_t n, const Text *c, const char *action, const char *out)
{
    const char *file = tmp_file(w, n, w->args[n].value, ".i");
    if (!file) return 1;
    FILE *f = fopen(file, "wb");
    bool ok = f && fwrite(c->p, 1, c->n, f) == c->n;
    if (f && fclose(f) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "cwith: error: cannot write '%s': %s\n", file, strerror(errno));
        return 1;
    }
    Argv a = { 0 };
    push(&a, w->argv[0]);
    for (size_t i = 0; i < w->nargs; i++)
        if (w->args[i].kind == K_BOTH) push_arg(&a, w, &w->args[i]);
    push(&a, action);
    push(&a, "-x");
    push(&a, "cpp-output");
    push(&a, file);
    if (out) push(&a, "-o"), push(&a, out);
    int st = run(w, &a, NULL);
    unlink(file);
    free(a.v);
    return st;
}

/* The preprocessed text of `path` with the lines that come unchanged from
 * it spaced as written (respace.c): the compiler's columns and cwith's are
 * then the file's. Unreadable (standard input): left as it is. */
static void respaced(const char *path, Text *pp)
{
    int fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : -1;
    if (fd < 0) return;
    Text src = { 0 };
    bool ok = read_all(fd, &src);
    close(fd);
    if (ok) {
        size_t n;
        char *text = respace(pp->p, pp->n, path, src.p, src.n, &n);
        free(pp->p);
        pp->p = text;
        pp->n = n;
    }
    free(src.p);
}

/* Preprocessed, spaced as written and translated: the text -E prints. */
static int cwith_text(Wrap *w, const Arg *src, Text *c)
{
    Text pp = { 0 };
    int st = preprocess(w, src, &pp);
    if (st == 0) respaced(src->value, &pp);
    if (st == 0 && !translate(w, src->value, &pp, c)) st = 1;
    free(pp.p);
    return st;
}

static int build(Wrap *w, size_t n, const char *action, const char *out)
{
    Text c = { 0 };
    int st = cwith_text(w, &w->args[n], &c);
    if (st == 0) st = compile(w, n, &c, action, out);
    free(c.p);
    return st;
}

/* ---------------------------------------------------------- the modes */

/* -M, -MM: only the preprocessor runs; it reads a .cw file as C. */
static int deps_only(Wrap *w)
{
    char **same = xrealloc(NULL, w->nargs * sizeof *same);
    for (size_t i = 0; i < w->nargs; i++) same[i] = (char *)w->args[i].value;
    Argv a = { 0 };
    push_command(&a, w, same, "c");
    int st = run(w, &a, NULL);
    free(a.v);
    free(same);
    return st;
}

/* -E: each input's text in order, to stdout or -o. */
static int preprocess_only(Wrap *w)
{
    int st = 0;
    for (size_t i = 0; i < w->nargs && st == 0; i++) {
        const Arg *x = &w->args[i];
        if (x->kind != K_INPUT) continue;
        if (!x->cw) {           /* the compiler's own -E, for this input alone */
            Argv a = { 0 };
            push(&a, w->argv[0]);
            for (size_t k = 0; k < w->nargs; k++) {
                Kind kind = w->args[k].kind;
                if (kind != K_INPUT && kind != K_LANG && kind != K_OURS) push_arg(&a, w, &w->args[k]);
            }
            if (x->lang) push(&a, "-x"), push(&a, x->lang);
            push(&a, x->value);
            st = run(w, &a, NULL);
            free(a.v);
            continue;
        }
        Text c = { 0 };
        st = cwith_text(w, x, &c);
        if (st == 0) {      /* written only when complete */
            FILE *f = w->out && strcmp(w->out, "-") ? fopen(w->out, "wb") : stdout;
            bool ok = f && fwrite(c.p, 1, c.n, f) == c.n;
            ok = (f == stdout ? fflush(f) == 0 : f && fclose(f) == 0) && ok;
            if (!ok) {
                fprintf(stderr, "cwith: error: cannot write '%s': %s\n",
                        w->out ? w->out : "<stdout>", strerror(errno));
                st = 1;
            }
        }
        free(c.p);
    }
    return st;
}

/* -c, -S, -fsyntax-only: each cwith source to its output, then the
 * compiler's own command for the other inputs. */
static int compile_only(Wrap *w)
{
    const char *action = w->action == 'S' ? "-S" : w->action == 'c' ? "-c" : "-fsyntax-only";
    int status = 0;
    for (size_t i = 0; i < w->nargs; i++) {
        const Arg *x = &w->args[i];
        if (x->kind != K_INPUT || !x->cw) continue;
        const char *out = w->out;
        if (!out && w->action != 's')
            out = own(w, with_suffix(x->value, true, w->action == 'S' ? ".s" : ".o"));
        int st = build(w, i, action, out);      /* on, as gcc goes on to the next file */
        if (!status) status = st;
    }
    if (w->ninputs > w->ncw) {
        char **none = calloc(w->nargs, sizeof *none);
        Argv a = { 0 };
        push_command(&a, w, none, "none");
        int st = run(w, &a, NULL);
        if (!status) status = st;
        free(a.v);
        free(none);
    }
    return status;
}

/* Linking: each cwith source to a temporary object, then the compiler's
 * own command with the objects in their place. */
static int link_all(Wrap *w)
{
    char **objs = calloc(w->nargs, sizeof *objs);
    int st = 0;
    for (size_t i = 0; i < w->nargs && st == 0; i++) {
        const Arg *x = &w->args[i];
        if (x->kind != K_INPUT || !x->cw) continue;
        objs[i] = tmp_file(w, i, x->value, ".o");
        st = objs[i] ? build(w, i, "-c", objs[i]) : 1;
    }
    if (st == 0) {
        Argv a = { 0 };
        push_command(&a, w, objs, "none");
        st = run(w, &a, NULL);
        free(a.v);
    }
    free(objs);
    return st;
}

int wrapper_main(int argc, char **argv)
{
    Wrap w = { .argv = argv };
    const char *no_fast = getenv("CWITH_NO_FAST_PATH");
    w.fast_path = !(no_fast && *no_fast && *no_fast != '0');
    if (!scan(&w, argc)) {
        free(w.args);
        return 1;
    }
    if (w.ncw == 0) {           /* nothing of ours: the compiler alone */
        Argv a = { 0 };
        char **none = calloc(w.nargs + 1, sizeof *none);
        push_command(&a, &w, none, "none");
        execvp(a.v[0], a.v);
        fprintf(stderr, "cwith: error: cannot run '%s': %s\n", a.v[0], strerror(errno));
        free(none);
        free(a.v);
        free(w.args);
        return 1;
    }
    if (w.out && w.ninputs > 1 && strchr("ESc", w.action)) {
        fprintf(stderr, "cwith: error: cannot specify '-o' with '-c', '-S' or '-E' with multiple files\n");
        free(w.args);
        return 1;
    }
    /* gcc refuses `-o x.c x.c`, but it sees only cwith's temporary file:
     * the source would be replaced by the output */
    struct stat out_st, in_st;
    if (w.out && strcmp(w.out, "-") && stat(w.out, &out_st) == 0) {
        for (size_t i = 0; i < w.nargs; i++) {
            const Arg *x = &w.args[i];
            if (x->kind != K_INPUT || !x->cw || stat(x->value, &in_st) != 0) continue;
            if (in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino) {
                fprintf(stderr, "cwith: error: input file '%s' is the same as output file\n",
                        x->value);
                free(w.args);
                return 1;
            }
        }
    }

    /* Termination signals wait while a compiler runs (see the top). One
     * that cwith was started ignoring, as a background job ignores SIGINT,
     * stays ignored: blocked, it would be kept pending instead. */
    sigemptyset(&w.blocked);
    for (int i = 0; i < NTERM; i++) {
        struct sigaction sa;
        if (sigaction(term_signals[i], NULL, &sa) == 0 && sa.sa_handler != SIG_IGN)
            sigaddset(&w.blocked, term_signals[i]);
    }
    sigprocmask(SIG_BLOCK, &w.blocked, &w.caller_mask);

    int st;
    switch (w.action) {
    case 'M': st = deps_only(&w); break;
    case 'E': st = preprocess_only(&w); break;
    case 'l': st = link_all(&w); break;
    default: st = compile_only(&w); break;
    }
    check_signals(&w);          /* one that came during the last translation */
    cleanup(&w);

    for (size_t i = 0; i < w.owned.n; i++) free(w.owned.v[i]);
    free(w.owned.v);
    free(w.tmps.v);
    free(w.tmpdir);
    free(w.args);
    return st;
}
