/* fuzz-props.c: libFuzzer target that checks properties of every
 * translation, not only that it does not crash. For each input:
 *
 *   A  translated like the cwith command does it (#line directive, fast
 *      path on), into memory;
 *   B  translated again with the fast path off (every body parsed) and no
 *      #line directive.
 *
 * and then:
 *
 *   1. A's status is CWITH_OK or CWITH_ERRORS (writing to memory cannot
 *      fail); CWITH_ERRORS comes with at least one `FILE:L:C: error:` line
 *      in the diagnostics, CWITH_OK with none.
 *   2. A's output, when OK, begins with exactly `#line 1 "fuzz.cw"\n` (the
 *      output of a refused input is partial and not looked at).
 *   3. A and B agree: same status, same diagnostics, and (when OK) the same
 *      output after A's #line line. The README promises that the fast path
 *      only saves time.
 *   4. No with-statement remains: when A succeeds, its output (after the
 *      #line line) translated once more with the fast path off and no #line
 *      directive must succeed and come out byte for byte unchanged. cwith
 *      rewrites every with-statement it recognises, so a with-statement left
 *      in the output would change or be refused on this second pass.
 *   5. Input without the identifier `with` (no "with" in its bytes once
 *      line splices are removed) translates successfully to itself, byte
 *      for byte, after the #line line.
 *
 * A violated property prints what differs and calls abort(), so libFuzzer
 * keeps the input as a crash. Built and run by `make fuzz`; `make check`
 * replays the saved corpus and every crash input through it.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NAME "fuzz.cw"
#define LINE_DIRECTIVE "#line 1 \"" NAME "\"\n"

typedef struct Result {
    cwith_status status;
    char *out, *diag;           /* NUL-terminated by open_memstream */
    size_t out_size, diag_size;
} Result;

static Result translate(const char *text, size_t size, bool line_directives, bool fast_path)
{
    Result r = { 0 };
    FILE *out = open_memstream(&r.out, &r.out_size);
    FILE *diag = open_memstream(&r.diag, &r.diag_size);
    if (!out || !diag) {
        perror("fuzz-props: open_memstream");
        abort();
    }
    cwith_options opt = cwith_default_options();
    opt.line_directives = line_directives;
    opt.fast_path = fast_path;
    opt.diagnostics = diag;
    r.status = cwith_translate(NAME, text, size, &opt, out);
    if (fclose(out) != 0 || fclose(diag) != 0) {
        perror("fuzz-props: fclose");
        abort();
    }
    return r;
}

static void result_free(Result *r)
{
    free(r->out);
    free(r->diag);
}

static void show(const char *label, const char *s, size_t n)
{
    fprintf(stderr, "---- %s (%zu bytes)\n", label, n);
    fwrite(s, 1, n > 4000 ? 4000 : n, stderr);
    fprintf(stderr, "%s\n----\n", n > 4000 ? "\n[...]" : "");
}

static void violated(const Result *r, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void violated(const Result *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "\nfuzz-props: PROPERTY VIOLATED: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    if (r) {
        fprintf(stderr, "status %d\n", (int)r->status);
        show("diagnostics", r->diag, r->diag_size);
        show("output", r->out, r->out_size);
    }
    abort();
}

/* Does the line [s, e) read `FILE:LINE:COL: error: `? (FILE may be a
 * #line name from the input, so look for the last `:N:N: error: `.) */
static bool is_error_line(const char *s, const char *e)
{
    static const char tag[] = ": error: ";
    const size_t n = sizeof tag - 1;
    if (e - s > 7 && !memcmp(s, "      | ", 8)) return false;   /* caret line */
    for (const char *p = s; p + n <= e; p++) {
        if (memcmp(p, tag, n)) continue;
        const char *q = p;          /* back over ":LINE:COL" */
        int fields = 0;
        while (fields < 2) {
            const char *d = q;
            while (d > s && d[-1] >= '0' && d[-1] <= '9') d--;
            if (d == q || d == s || d[-1] != ':') break;
            q = d - 1;
            fields++;
        }
        if (fields == 2) return true;
    }
    return false;
}

static size_t error_lines(const Result *r)
{
    size_t count = 0;
    const char *s = r->diag, *end = r->diag + r->diag_size;
    while (s < end) {
        const char *e = memchr(s, '\n', (size_t)(end - s));
        if (!e) e = end;
        /* source lines shown under a message start with "NNNNN | " */
        bool shown = e - s >= 8 && s[5] == ' ' && s[6] == '|' && s[7] == ' ';
        if (!shown && is_error_line(s, e)) count++;
        s = e + 1;
    }
    return count;
}

/* Is there "with" in the text once backslash-newlines are taken out? */
static bool mentions_with(const char *text, size_t size)
{
    char last[4];
    int n = 0;
    for (size_t i = 0; i < size; i++) {
        if (text[i] == '\\') {      /* a splice: '\\' [spaces] ['\r'] '\n' */
            size_t j = i + 1;
            while (j < size && (text[j] == ' ' || text[j] == '\t' || text[j] == '\f' || text[j] == '\v'))
                j++;
            if (j < size && text[j] == '\r') j++;
            if (j < size && text[j] == '\n') {
                i = j;
                continue;
            }
        }
        if (n == 4) {
            memmove(last, last + 1, 3);
            n = 3;
        }
        last[n++] = text[i];
        if (n == 4 && !memcmp(last, "with", 4)) return true;
    }
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    Result a = translate(text, size, true, true);

    /* 1 */
    size_t errors = error_lines(&a);
    if (a.status == CWITH_ERRORS) {
        if (errors == 0) violated(&a, "status CWITH_ERRORS without an error: line");
    } else if (a.status == CWITH_OK) {
        if (errors > 0) violated(&a, "status CWITH_OK with %zu error: lines", errors);
    } else {
        violated(&a, "status %d writing to memory", (int)a.status);
    }

    /* 2 */
    const size_t head = sizeof LINE_DIRECTIVE - 1;
    const char *body = a.out;
    size_t body_size = a.out_size;
    if (a.status == CWITH_OK) {
        if (a.out_size < head || memcmp(a.out, LINE_DIRECTIVE, head))
            violated(&a, "the output does not begin with %s", LINE_DIRECTIVE);
        body += head;
        body_size -= head;
    }

    /* 3 */
    Result b = translate(text, size, false, false);
    if (b.status != a.status)
        violated(&b, "fast path off: status %d, with the fast path %d", (int)b.status, (int)a.status);
    if (b.diag_size != a.diag_size || memcmp(b.diag, a.diag, a.diag_size)) {
        show("diagnostics with the fast path", a.diag, a.diag_size);
        violated(&b, "fast path off: other diagnostics");
    }
    if (a.status == CWITH_OK && (b.out_size != body_size || memcmp(b.out, body, body_size))) {
        show("output with the fast path", body, body_size);
        violated(&b, "fast path off: other output");
    }
    result_free(&b);

    /* 4 */
    if (a.status == CWITH_OK) {
        Result c = translate(body, body_size, false, false);
        if (c.status != CWITH_OK) {
            show("first translation", body, body_size);
            violated(&c, "the translation does not translate again (status %d)", (int)c.status);
        }
        if (c.out_size != body_size || memcmp(c.out, body, body_size)) {
            show("first translation", body, body_size);
            violated(&c, "the translation changes when translated again: "
                     "a with-statement remains in it");
        }
        result_free(&c);
    }

    /* 5 */
    if (!mentions_with(text, size)) {
        if (a.status != CWITH_OK) violated(&a, "input without `with` is refused");
        if (body_size != size || memcmp(body, text, size))
            violated(&a, "input without `with` does not come out byte for byte");
    }

    result_free(&a);
    return 0;
}
