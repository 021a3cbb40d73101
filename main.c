/* main.c: the cwith command.
 *
 *   cwith [--no-line] [-o OUTPUT] [INPUT]
 *
 * Reads all of INPUT (or stdin), translates it in memory, and writes the
 * result only if translation succeeded: to OUTPUT through a temporary file
 * renamed into place (never a half-written file), or to stdout.
 * Exit status: 0 success, 1 translation or I/O error, 2 usage error.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "translator.h"

static const char usage[] =
    "Usage: cwith [OPTION]... [INPUT]\n"
    "Translate C with `with (call(args) as name) { ... }` statements into plain C.\n"
    "\n"
    "  -o, --output=FILE  write the C to FILE (default: standard output)\n"
    "      --no-line      do not emit the #line directive\n"
    "  -h, --help         show this help and exit\n"
    "  -V, --version      show the version and exit\n"
    "\n"
    "INPUT `-` or none means standard input. The output is the input byte for\n"
    "byte except for with-statements and the jumps that leave them.\n"
    "Exit status: 0 translated, 1 translation or I/O error, 2 usage error.\n";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "cwith: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'cwith --help' for more information.\n");
    exit(2);
}

static bool read_all(FILE *in, Source *src)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (cap - n < 3) buf = xrealloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n - 2, in);
        n += got;
        if (got == 0) break;
    }
    if (ferror(in)) {
        free(buf);
        return false;
    }
    buf[n] = buf[n + 1] = 0;
    src->text = buf;
    src->size = n;
    return true;
}

static bool read_source(const char *path, Source *src)
{
    if (!strcmp(path, "-")) {
        src->name = "<stdin>";
        return read_all(stdin, src);
    }
    src->name = path;
    FILE *in = fopen(path, "rb");
    if (!in) return false;
    struct stat st;
    if (fstat(fileno(in), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(in);
        errno = EISDIR;
        return false;
    }
    bool ok = read_all(in, src);
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
    char *tmp;              /* the temporary file, if any */
    FILE *file;
} Sink;

static bool sink_open(Sink *k, const char *path)
{
    memset(k, 0, sizeof *k);
    if (!path || !strcmp(path, "-")) return true;
    k->path = path;
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) return true;
    size_t len = strlen(path);
    k->tmp = xmalloc(len + 8);
    memcpy(k->tmp, path, len);
    memcpy(k->tmp + len, ".XXXXXX", 8);
    int fd = mkstemp(k->tmp);
    if (fd < 0) return false;
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    k->file = fdopen(fd, "wb");
    if (!k->file) {
        close(fd);
        return false;
    }
    setvbuf(k->file, NULL, _IOFBF, 1 << 16);
    return true;
}

/* Finishes the output: keep it (data: the bytes kept in memory) or drop it. */
static bool sink_close(Sink *k, bool keep, const char *data, size_t size)
{
    bool ok = true;
    if (k->file) {
        ok = fclose(k->file) == 0 && keep && data;
        if (ok) ok = rename(k->tmp, k->path) == 0;
        int saved = errno;
        if (!ok) unlink(k->tmp);
        errno = saved;
        ok = ok || !keep;
    } else if (keep) {
        FILE *f = k->path ? fopen(k->path, "wb") : stdout;
        if (!f) return false;
        ok = fwrite(data, 1, size, f) == size;
        ok &= (f == stdout ? fflush(f) == 0 && !ferror(f) : fclose(f) == 0);
    }
    free(k->tmp);
    return ok;
}

int main(int argc, char **argv)
{
    const char *input = NULL, *output = NULL;
    Options opt = { .line_directives = true };
    bool options_done = false;

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
        } else if (!strcmp(a, "--no-line") || !strcmp(a, "--no-lines")) {
            opt.line_directives = false;
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
    if (output && !*output) usage_error("empty output file name%s", "");

    Source src;
    if (!read_source(input, &src)) {
        fprintf(stderr, "cwith: error: cannot read '%s': %s\n", input, strerror(errno));
        return 1;
    }
    diag_init(&src);

    Sink sink;
    if (!sink_open(&sink, output)) {
        fprintf(stderr, "cwith: error: cannot write '%s': %s\n", output, strerror(errno));
        free(sink.tmp);
        free(src.text);
        return 1;
    }
    Lexer *lx = lexer_new(&src);
    Filter *filter = filter_new(lx, &src);
    Codegen *cg = codegen_new(&src, &opt, sink.file);
    ParseContext ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.filter = filter;
    ctx.src = &src;
    ctx.cg = cg;

    int parse_failed = parse_translation_unit(&ctx);
    bool may_have_with = filter_with_candidates(filter) > 0;
    if (parse_failed && may_have_with) {
        /* only an unclosed function reaches the end of the file */
        error_at(&ctx.last_tok, "%s", ctx.has_pending ? ctx.pending_msg : "syntax error");
    }
    Token where;
    if (lexer_pp_mismatch(lx, &where) && may_have_with) {
        error_at(&where, "the branches of this #if/#else leave different braces open, "
                 "so cwith cannot tell the statements of this file apart");
    }

    int status = 0;
    if (error_count() > 0) {
        status = 1;
        sink_close(&sink, false, NULL, 0);
    } else {
        size_t size;
        const char *text = codegen_finish(cg, &size);
        if (!sink_close(&sink, true, text, size)) {
            fprintf(stderr, "cwith: error: cannot write '%s': %s\n",
                    output ? output : "<stdout>", strerror(errno));
            status = 1;
        }
    }
    codegen_free(cg);
    filter_free(filter);
    lexer_free(lx);
    tree_free();
    free(src.text);
    return status;
}
