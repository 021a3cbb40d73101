/* main.c: the cwith command.
 *
 *   cwith [--no-line] [-I DIR]... [-MF DEPFILE [-MT|-MQ TARGET]... [-MP]]
 *         [-o OUTPUT] [INPUT]                 the build step
 *   cwith CC [ARGS...]                         the compiler wrapper (wrapper.c)
 *
 * The first argument decides: a compiler (wrapper_wanted: not an option, not
 * a .cw/.c/.h/.i file, a program) starts the wrapper; anything else is the
 * build step, below.
 *
 * Reads all of INPUT (or stdin), translates it (translate.h), and keeps
 * the result only if translation succeeded: in OUTPUT through a temporary
 * file renamed into place (never a half-written file), or, for stdout and
 * other files that cannot be renamed over, from memory at the end.
 * Exit status: 0 success, 1 translation or I/O error, 2 usage error.
 */
#define _XOPEN_SOURCE 700       /* POSIX.1-2008 with realpath */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "translator.h"     /* xrealloc (util.c) */
#include "wrapper.h"

static const char usage[] =
    "Usage: cwith [OPTION]... [INPUT]\n"
    "  or:  cwith CC [ARGS]...\n"
    "Translate C with `with (call(args) as name) { ... }` statements into plain C.\n"
    "\n"
    "  -o, --output=FILE  write the C to FILE (default: standard output)\n"
    "      --no-line      do not emit the #line directive\n"
    "      --require-else every with-statement needs an else (library code: a\n"
    "                     failed enter must not end the process); catch_error's\n"
    "                     are exempt. In the wrapper: --cwith-require-else\n"
    "      --color[=WHEN] colour diagnostics: auto (on a terminal, unless NO_COLOR\n"
    "                     is set; the default), always or never; gcc's spelling\n"
    "                     -fdiagnostics-color[=WHEN] works too\n"
    "      -fmax-errors=N report at most N errors (default 20, 0: all)\n"
    "  -I DIR, -IDIR      also look in DIR for the headers of #include \"...\" lines\n"
    "                     (after the including file's directory), whose #defines\n"
    "                     cwith reads to refuse jumps hidden in their macros;\n"
    "                     <...> headers are not read\n"
    "  -include FILE      read FILE's #defines and managers as if #include \"FILE\"\n"
    "                     began the input (the compiler's -include: give it both)\n"
    "  -MF FILE           also write FILE, a make rule naming the output, the input\n"
    "                     and each header read (as gcc -MF; only on success)\n"
    "  -MT TARGET         the rule's target (default: the output file), as it is\n"
    "  -MQ TARGET         the same, quoted for make ($ as $$, spaces as \\ )\n"
    "  -MP                also a rule without prerequisites for each header\n"
    "  -h, --help         show this help and exit\n"
    "  -V, --version      show the version and exit\n"
    "\n"
    "INPUT `-` or none means standard input. The output is the input byte for\n"
    "byte except for with-statements and the jumps that leave them.\n"
    "Exit status: 0 translated, 1 translation or I/O error, 2 usage error.\n"
    "\n"
    "The second form is a compiler wrapper (make CC=\"cwith gcc\"): CC is a\n"
    "compiler (gcc, clang, a path), and each .cw file among ARGS (with --cwith-c,\n"
    "each .c file too) is preprocessed by CC, translated, and compiled by CC as\n"
    "preprocessed input; everything else in ARGS is CC's. Exit status: CC's, or\n"
    "1 after cwith's own error.\n";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cwith: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'cwith --help' for more information.\n");
    exit(2);
}

typedef struct Input {
    const char *name;
    char *text;
    size_t size;
    bool mapped;            /* text is a read-only map of the file */
} Input;

/* Reads to the end. `size` is the file's size if known (a regular file):
 * then one buffer of that size takes it in one read, instead of a buffer
 * that grows (and faults in, and is copied) as it fills. A file that grows
 * meanwhile is read on to its end. More than CWITH_MAX_INPUT bytes: EFBIG. */
static bool read_all(FILE *in, Input *src, size_t size)
{
    size_t cap = size + 3 > 1 << 16 ? size + 3 : 1 << 16, n = 0;
    char *buf = xrealloc(NULL, cap);
    for (;;) {
        if (cap - n < 3) buf = xrealloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n - 2, in);
        n += got;
        if (got == 0 || n > CWITH_MAX_INPUT) break;
    }
    if (ferror(in) || n > CWITH_MAX_INPUT) {
        if (!ferror(in)) errno = EFBIG;
        free(buf);
        return false;
    }
    src->text = buf;
    src->size = n;
    return true;
}

enum { MAP_AT_LEAST = 1 << 20 };

/* A mapped input that shrinks while cwith reads it raises SIGBUS: then an
 * error, not a crash, and no temporary file left behind. */
static const char *volatile mapped_name;
static const char *volatile temporary[2];

static void put_stderr(const char *s)
{
    if (write(2, s, strlen(s)) < 0) return;
}

static void on_sigbus(int sig)
{
    (void)sig;
    put_stderr("cwith: error: cannot read '");
    put_stderr(mapped_name);
    put_stderr("': the file shrank while cwith read it\n");
    for (int i = 0; i < 2; i++)
        if (temporary[i]) unlink(temporary[i]);
    _exit(1);
}

static void free_input(Input *src)
{
    if (src->mapped) munmap(src->text, src->size);
    else free(src->text);
}

static bool read_source(const char *path, Input *src)
{
    src->mapped = false;
    if (!strcmp(path, "-")) {
        src->name = "<stdin>";
        return read_all(stdin, src, 0);
    }
    src->name = path;
    FILE *in = fopen(path, "rb");
    if (!in) return false;
    struct stat st;
    size_t size = 0;
    if (fstat(fileno(in), &st) == 0) {
        if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && st.st_size > CWITH_MAX_INPUT)) {
            fclose(in);
            errno = S_ISDIR(st.st_mode) ? EISDIR : EFBIG;     /* refused before reading */
            return false;
        }
        if (S_ISREG(st.st_mode)) size = (size_t)st.st_size;
    }
    /* A large regular file is mapped: no copy into a fresh buffer that
     * faults in page by page (a sixth of the time on sqlite3.c). A file
     * truncated while cwith reads it may then stop it with SIGBUS, as it
     * does other tools that map their input. */
    if (size >= MAP_AT_LEAST) {
        void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fileno(in), 0);
        if (map != MAP_FAILED) {
            fclose(in);
            src->text = map;
            src->size = size;
            src->mapped = true;
            return true;
        }
    }
    bool ok = read_all(in, src, size);
    int saved = errno;
    fclose(in);
    errno = saved;
    return ok;
}

/* Where the output goes. A regular file (or a new one) is written through
 * OUTPUT.XXXXXX, filled as the code is made and renamed over OUTPUT only if
 * translation succeeded, so OUTPUT is either the old file or the complete
 * new one. Anything else (stdout, a device, a pipe) gets the output from
 * memory at the end, or nothing at all. */
typedef struct Sink {
    const char *path;       /* null: stdout */
    char *target;           /* the file renamed over: path, or a symlink's target */
    char *tmp;              /* the temporary file, if any */
    FILE *file;             /* the temporary file or the memory stream */
    char *mem;              /* the memory stream's bytes */
    size_t mem_size;
    bool discard;           /* /dev/null: written directly, nothing to keep back */
} Sink;

/* Like cc and flex: an existing output keeps its mode, a symlink's target is
 * written (not the link replaced), a read-only output is an error. */
static bool sink_open(Sink *k, const char *path)
{
    memset(k, 0, sizeof *k);
    struct stat st;
    if (path && strcmp(path, "-")) {
        k->path = path;
        bool exists = stat(path, &st) == 0;
        if (!exists || S_ISREG(st.st_mode)) {
            /* (the mode bits too: root may write anything) */
            if (exists && (access(path, W_OK) != 0 ||
                           !(st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)))) {
                errno = EACCES;
                return false;
            }
            k->target = exists ? realpath(path, NULL) : NULL;
            if (!k->target) k->target = strdup(path);
            if (!k->target) return false;
            size_t len = strlen(k->target);
            k->tmp = xrealloc(NULL, len + 8);
            memcpy(k->tmp, k->target, len);
            memcpy(k->tmp + len, ".XXXXXX", 8);
            int fd = mkstemp(k->tmp);
            if (fd < 0) return false;
            mode_t mask = umask(0);
            umask(mask);
            fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
            k->file = fdopen(fd, "wb");
            if (!k->file) {
                close(fd);
                unlink(k->tmp);
                return false;
            }
            setvbuf(k->file, NULL, _IOFBF, 1 << 16);
            return true;
        }
        /* a partial output to /dev/null is no output either: no need to
         * gather it in memory first */
        struct stat null_st;
        if (exists && S_ISCHR(st.st_mode) && stat("/dev/null", &null_st) == 0 &&
            S_ISCHR(null_st.st_mode) && st.st_rdev == null_st.st_rdev) {
            k->file = fopen(path, "wb");
            k->discard = true;
            if (k->file) setvbuf(k->file, NULL, _IOFBF, 1 << 16);
            return k->file != NULL;
        }
    }
    k->file = open_memstream(&k->mem, &k->mem_size);
    return k->file != NULL;
}

/* Finishes the output: keep it or drop it. */
static bool sink_close(Sink *k, bool keep)
{
    bool ok = fclose(k->file) == 0;
    if (k->tmp) {
        ok = ok && keep && rename(k->tmp, k->target) == 0;
        int saved = errno;
        if (!ok) unlink(k->tmp);
        errno = saved;
        ok = ok || !keep;
    } else if (keep && ok && !k->discard) {
        FILE *f = k->path ? fopen(k->path, "wb") : stdout;
        if (!f) {
            free(k->mem);
            return false;
        }
        ok = fwrite(k->mem, 1, k->mem_size, f) == k->mem_size;
        ok &= (f == stdout ? fflush(f) == 0 && !ferror(f) : fclose(f) == 0);
    }
    free(k->mem);
    free(k->tmp);
    free(k->target);
    return ok;
}

/* Writes a name as make reads it back: gcc's -MF escapes. */
static void put_make_name(FILE *f, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t') {
            for (const char *q = p; q > s && q[-1] == '\\'; q--) putc('\\', f);
            putc('\\', f);
        } else if (*p == '$') {
            putc('$', f);
        } else if (*p == '#') {
            putc('\\', f);
        }
        putc(*p, f);
    }
}

typedef VEC(char *) Paths;

typedef struct Target {     /* a rule's target: -MT as it is, -MQ quoted */
    const char *name;
    bool quote;
} Target;

static void remember_header(void *context, const char *path)
{
    Paths *headers = context;
    char *copy = strdup(path);
    if (!copy) {
        fputs("cwith: out of memory\n", stderr);
        exit(1);
    }
    vec_push(headers, copy);
}

/* The dependency file of -MF: "TARGETS: INPUT HEADERS", and with -MP one
 * empty rule per header, so that make does not stop when a header is
 * removed. */
static void write_depfile(FILE *f, const Target *targets, size_t n_targets,
                          const char *input, const Paths *headers, bool phony)
{
    for (size_t i = 0; i < n_targets; i++) {
        if (i) putc(' ', f);
        if (targets[i].quote) put_make_name(f, targets[i].name);
        else fputs(targets[i].name, f);
    }
    fputs(": ", f);
    put_make_name(f, input);
    for (size_t i = 0; i < headers->n; i++) {
        putc(' ', f);
        put_make_name(f, headers->v[i]);
    }
    putc('\n', f);
    for (size_t i = 0; phony && i < headers->n; i++) {
        put_make_name(f, headers->v[i]);
        fputs(":\n", f);
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && wrapper_wanted(argv[1])) return wrapper_main(argc - 1, argv + 1);

    const char *input = NULL, *output = NULL;
    cwith_options opt = cwith_default_options();
    /* CWITH_NO_FAST_PATH=1 parses every function (to test the fast path) */
    const char *no_fast = getenv("CWITH_NO_FAST_PATH");
    opt.fast_path = !(no_fast && *no_fast && *no_fast != '0');
    bool options_done = false;
    int color = -1;                 /* auto */
    VEC(const char *) include_dirs = { 0 };     /* -I, NULL-terminated below */
    VEC(const char *) force_includes = { 0 };   /* -include, the same */
    const char *depfile = NULL;                 /* -MF */
    VEC(Target) dep_targets = { 0 };            /* -MT, -MQ */
    bool dep_phony = false;                     /* -MP */

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (options_done || a[0] != '-' || !strcmp(a, "-")) {
            if (input) usage_error("more than one input file: '%s'", a);
            input = a;
        } else if (!strcmp(a, "--")) {
            options_done = true;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            if (++i == argc) usage_error("option '%s' needs a file name", a);
            output = argv[i];
        } else if (!strncmp(a, "--output=", 9)) {
            output = a + 9;
        } else if (!strncmp(a, "-o", 2)) {
            output = a + 2;
        } else if (!strcmp(a, "--require-else")) {
            opt.require_else = true;
        } else if (!strcmp(a, "-I")) {
            if (++i == argc) usage_error("option '%s' needs a directory", a);
            vec_push(&include_dirs, argv[i]);
        } else if (!strncmp(a, "-I", 2)) {
            vec_push(&include_dirs, a + 2);
        } else if (!strcmp(a, "-include")) {
            if (++i == argc) usage_error("option '%s' needs a file name", a);
            vec_push(&force_includes, argv[i]);
        } else if (!strcmp(a, "-MF") || !strcmp(a, "-MT") || !strcmp(a, "-MQ")) {
            if (++i == argc) usage_error("option '%s' needs a file name", a);
            if (a[2] == 'F') depfile = argv[i];
            else vec_push(&dep_targets, ((Target){ argv[i], a[2] == 'Q' }));
        } else if (!strncmp(a, "-MF", 3)) {
            depfile = a + 3;
        } else if (!strncmp(a, "-MT", 3) || !strncmp(a, "-MQ", 3)) {
            vec_push(&dep_targets, ((Target){ a + 3, a[2] == 'Q' }));
        } else if (!strcmp(a, "-MP")) {
            dep_phony = true;
        } else if (!strcmp(a, "--no-line") || !strcmp(a, "--no-lines")) {
            opt.line_directives = false;
        } else if (!strcmp(a, "--color") || !strncmp(a, "--color=", 8) ||
                   !strcmp(a, "--colour") || !strncmp(a, "--colour=", 9) ||
                   !strcmp(a, "-fdiagnostics-color") || !strncmp(a, "-fdiagnostics-color=", 20) ||
                   !strcmp(a, "-fno-diagnostics-color")) {
            const char *when = strchr(a, '=') ? strchr(a, '=') + 1 : "always";
            if (!strcmp(a, "-fno-diagnostics-color")) when = "never";
            if (!strcmp(when, "always")) color = 1;
            else if (!strcmp(when, "never")) color = 0;
            else if (!strcmp(when, "auto")) color = -1;
            else usage_error("unknown colour choice '%s' (auto, always or never)", when);
        } else if (!strncmp(a, "-fmax-errors=", 13) || !strncmp(a, "--max-errors=", 13)) {
            char *end;
            long n = strtol(a + 13, &end, 10);
            if (*end || end == a + 13 || n < 0 || n > 1000000)
                usage_error("'%s': the number of errors must be 0 or more", a);
            opt.max_errors = (int)n;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("cwith %s\n", CWITH_VERSION);
            return 0;
        } else {
            usage_error("unknown option '%s'", a);
        }
    }
    if (!input) input = "-";
    if (color < 0) {                /* auto: a terminal, and no NO_COLOR (no-color.org) */
        const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");
        color = isatty(STDERR_FILENO) && !(no_color && *no_color) &&
                !(term && !strcmp(term, "dumb"));
    }
    opt.color = color;
    if (output && !*output) usage_error("empty output file name%s", "");
    if (depfile && !*depfile) usage_error("empty dependency file name%s", "");
    if (!depfile && (dep_targets.n || dep_phony))
        usage_error("-MT and -MP need -MF FILE, the dependency file to write%s", "");
    if (depfile && !dep_targets.n) {
        if (!output || !strcmp(output, "-"))
            usage_error("-MF writing to standard output needs -MT TARGET, the name of what "
                        "the output is written to%s", "");
        vec_push(&dep_targets, ((Target){ output, true }));   /* quoted, as gcc's */
    }
    Paths headers = { 0 };
    if (depfile) {
        opt.header_read = remember_header;
        opt.header_context = &headers;
    }
    vec_push(&include_dirs, NULL);
    vec_push(&force_includes, NULL);
    /* the compiler reads the output, and its quoted includes next to it
     * first: so does the build step */
    char *output_dir = NULL;
    if (output && strcmp(output, "-")) {
        const char *slash = strrchr(output, '/');
        output_dir = slash ? strndup(output, (size_t)(slash - output) + 1) : strdup("");
        opt.output_dir = output_dir;
    }
    opt.force_includes = force_includes.v;
    opt.include_dirs = include_dirs.v;

    /* as gcc refuses `-o x.c x.c`: the source would be replaced by its
     * translation (through a link too) */
    struct stat in_st, out_st;
    const char *outs[2] = { output, depfile };
    for (int i = 0; i < 2; i++) {
        if (!outs[i] || !strcmp(outs[i], "-") || !strcmp(input, "-")) continue;
        if (stat(input, &in_st) == 0 && stat(outs[i], &out_st) == 0 &&
            S_ISREG(in_st.st_mode) && in_st.st_dev == out_st.st_dev &&
            in_st.st_ino == out_st.st_ino) {
            fprintf(stderr, "cwith: error: the output '%s' is the input file '%s': it would "
                    "replace the source with its translation; name another file (x.c)\n",
                    outs[i], input);
            free(output_dir);
            vec_free(&include_dirs);
            vec_free(&force_includes);
            vec_free(&dep_targets);
            return 1;
        }
    }
    Input src;
    if (!read_source(input, &src)) {
        if (errno == EFBIG)
            fprintf(stderr, "cwith: error: cannot read '%s': larger than cwith's limit of %d "
                    "bytes\n", input, CWITH_MAX_INPUT);
        else
            fprintf(stderr, "cwith: error: cannot read '%s': %s\n", input, strerror(errno));
        free(output_dir);
        vec_free(&include_dirs);
        vec_free(&force_includes);
        return 1;
    }
    /* SIGINT, SIGTERM and SIGHUP wait until the temporary file is renamed
     * or removed: a stopped cwith leaves no file behind. One the caller
     * ignores (nohup: SIGHUP) stops nothing, so it is left alone. */
    static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
    sigset_t stop, saved_mask, pending;
    sigemptyset(&stop);
    for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++) {
        struct sigaction now;
        if (sigaction(stop_signals[i], NULL, &now) == 0 && now.sa_handler == SIG_IGN) continue;
        sigaddset(&stop, stop_signals[i]);
    }
    sigprocmask(SIG_BLOCK, &stop, &saved_mask);
    Sink sink, dep_sink;
    const char *unwritable = NULL;
    if (!sink_open(&sink, output)) unwritable = output;
    else if (depfile && !sink_open(&dep_sink, depfile)) unwritable = depfile;
    if (unwritable) {
        fprintf(stderr, "cwith: error: cannot write '%s': %s\n", unwritable, strerror(errno));
        if (unwritable == depfile) sink_close(&sink, false);
        else free(sink.tmp), free(sink.target);
        free_input(&src);
        free(output_dir);
        vec_free(&include_dirs);
        vec_free(&force_includes);
        vec_free(&dep_targets);
        return 1;
    }
    if (src.mapped) {
        mapped_name = input;
        temporary[0] = sink.tmp;
        temporary[1] = depfile ? dep_sink.tmp : NULL;
        struct sigaction bus = { .sa_handler = on_sigbus };
        sigaction(SIGBUS, &bus, NULL);
    }
    cwith_status st = cwith_translate(src.name, src.text, src.size, &opt, sink.file);
    sigpending(&pending);
    bool stopped = false;
    for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++)
        stopped |= sigismember(&stop, stop_signals[i]) && sigismember(&pending, stop_signals[i]);
    int status = 0;
    if (st == CWITH_ERRORS || stopped) {
        status = 1;
        sink_close(&sink, false);
        if (depfile) sink_close(&dep_sink, false);
    } else {
        int write_errno = st == CWITH_WRITE_FAILED ? errno : 0;
        if (!sink_close(&sink, st == CWITH_OK) && !write_errno) write_errno = errno;
        if (st == CWITH_WRITE_FAILED || write_errno) {
            fprintf(stderr, "cwith: error: cannot write '%s': %s\n",
                    output ? output : "<stdout>", strerror(write_errno));
            status = 1;
        }
        if (depfile) {      /* after the output: make must not see it newer */
            write_depfile(dep_sink.file, dep_targets.v, dep_targets.n,
                          strcmp(input, "-") ? input : "-", &headers, dep_phony);
            if (!sink_close(&dep_sink, status == 0) && status == 0) {
                fprintf(stderr, "cwith: error: cannot write '%s': %s\n", depfile,
                        strerror(errno));
                status = 1;
            }
        }
    }
    free_input(&src);
    free(output_dir);
    vec_free(&include_dirs);
    vec_free(&force_includes);
    vec_free(&dep_targets);
    for (size_t i = 0; i < headers.n; i++) free(headers.v[i]);
    vec_free(&headers);
    sigprocmask(SIG_SETMASK, &saved_mask, NULL);    /* a pending stop signal ends us here */
    return status;
}
