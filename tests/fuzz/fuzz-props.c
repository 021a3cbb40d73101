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
 *   3. A and B agree: same status, and when OK the same diagnostics
 *      (warnings) and the same output after A's #line line (a refused
 *      input may be reported with other messages after a syntax error). The README promises that the fast path
 *      only saves time.
 *   4. No with-statement remains when A succeeds:
 *      a. its output (after the #line line) translated once more with the
 *         fast path off and no #line directive succeeds and comes out byte
 *         for byte unchanged: cwith rewrites every with-statement it
 *         recognises, so one left in the output would change or be refused;
 *      b. a lexer of its own (below: comments, literals, directives, line
 *         splices, digraphs, `#if 0` groups; as gcc, a carriage return
 *         alone ends a line and a null character is a blank) finds no
 *         `with (... ) as ...)` and no `with (call(...), ...)` followed by
 *         a block, a statement keyword, a name or a literal in the output,
 *         so that a blind spot shared by both passes (text cwith never
 *         looks at) shows too.
 *   5. Input without the identifiers `with`, `defer`, `_Defer` and
 *      `errdefer` (no "with", "defer" or "Defer" in its bytes once line
 *      splices are removed) translates successfully to itself, byte for
 *      byte, after the #line line.
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
    opt.read_headers = false;       /* the input names no file to open */
    opt.check_managers = false;     /* most inputs name managers nothing
                                       declares: translate them (the check
                                       itself runs in fuzz-translate) */
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

/* Does the line [s, e) read like the source line shown under a message,
 * `   NN | text`? */
static bool is_gutter_line(const char *s, const char *e)
{
    while (s < e && *s == ' ') s++;
    const char *digits = s;
    while (s < e && *s >= '0' && *s <= '9') s++;
    return s > digits && e - s >= 3 && !memcmp(s, " | ", 3);
}

/* The messages that are errors. A message may be followed by the source
 * line and a caret line (`      | ^~~`); those two are skipped together,
 * as a pair: a message's FILE is any #line name from the input, so one
 * line alone cannot tell a message from an excerpt (a file named
 * "      | x.c" is a message that starts like a caret line). */
static size_t error_lines(const Result *r)
{
    size_t count = 0;
    const char *s = r->diag, *end = r->diag + r->diag_size;
    while (s < end) {
        const char *e = memchr(s, '\n', (size_t)(end - s));
        if (!e) e = end;
        const char *next = e < end ? e + 1 : end;
        if (is_gutter_line(s, e) && end - next >= 8 && !memcmp(next, "      | ", 8)) {
            const char *caret_end = memchr(next, '\n', (size_t)(end - next));
            s = caret_end ? caret_end + 1 : end;
            continue;
        }
        if (is_error_line(s, e)) count++;
        s = next;
    }
    return count;
}

/* The length of a line splice at text[i] as gcc reads it, or 0: a
 * backslash (with trigraph, also the trigraph for one), blanks (null
 * characters too), then a line end: LF, CRLF, or a carriage return alone. */
static size_t splice_at(const char *text, size_t size, size_t i, bool trigraph)
{
    size_t j = i + 1;
    if (trigraph && size - i >= 3 && !memcmp(text + i, "?\?/", 3)) j = i + 3;
    else if (text[i] != '\\') return 0;
    while (j < size && (text[j] == ' ' || text[j] == '\t' || text[j] == '\f' || text[j] == '\v' ||
                        !text[j]))
        j++;
    if (j == size || (text[j] != '\n' && text[j] != '\r')) return 0;
    return j + (text[j] == '\r' && j + 1 < size && text[j + 1] == '\n' ? 2 : 1) - i;
}

/* Is there `word` (at most 8 bytes) in the text once line splices (also
 * those of the trigraph for a backslash: cwith refuses trigraphs in a file
 * that may hold a with) are taken out? */
static bool mentions(const char *text, size_t size, const char *word)
{
    size_t len = strlen(word);
    char last[8];
    size_t n = 0;
    for (size_t i = 0; i < size; i++) {
        size_t sp = splice_at(text, size, i, true);
        if (sp) {
            i += sp - 1;
            continue;
        }
        if (n == len) {
            memmove(last, last + 1, len - 1);
            n = len - 1;
        }
        last[n++] = text[i];
        if (n == len && !memcmp(last, word, len)) return true;
    }
    return false;
}

/* Does the text name a statement cwith rewrites: with, defer, _Defer,
 * errdefer? */
static bool mentions_statement_word(const char *text, size_t size)
{
    return mentions(text, size, "with") || mentions(text, size, "defer") ||
           mentions(text, size, "Defer");
}


/* ------------------------------------------------------------------
 * An independent look for a with-statement left in C text: a small lexer
 * of its own (so that a blind spot of cwith's lexer is not shared) that
 * skips comments, string and character literals, preprocessor directives
 * and `#if 0` / `#elif 0` groups (which cwith documents it never parses),
 * then looks for what cwith's filter calls a with-statement: `with (`
 * whose parenthesis holds `) as` at its top level, or is a list of calls
 * followed by what begins a statement and cannot follow a call in an
 * expression (`{`, a statement keyword, a name, a literal).
 * ------------------------------------------------------------------ */

typedef struct Tok {
    char kind;                  /* 'i' identifier, 'n' number, 's' literal,
                                   else the punctuator ( ) [ ] { } , or '.' */
    size_t pos, len;            /* in the splice-free copy */
} Tok;

typedef struct Lex {
    const char *s;              /* the text without line splices */
    size_t n, i;
    bool line_start;            /* only whitespace since the last newline */
    Tok *toks;
    size_t ntoks, cap;
} Lex;

static bool ident_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '$' || c >= 0x80;
}

/* The text with every backslash-newline taken out (as translation phase 2,
 * and as gcc, which also allows blanks between the two). */
static char *unsplice(const char *text, size_t size, size_t *out_size)
{
    char *o = malloc(size + 1);
    if (!o) abort();
    size_t n = 0;
    for (size_t i = 0; i < size; i++) {
        size_t sp = splice_at(text, size, i, false);
        if (sp) {
            i += sp - 1;
            continue;
        }
        o[n++] = text[i];
    }
    *out_size = n;
    return o;
}

static void push_tok(Lex *x, char kind, size_t pos, size_t len)
{
    if (x->ntoks == x->cap) {
        x->cap = x->cap ? 2 * x->cap : 256;
        x->toks = realloc(x->toks, x->cap * sizeof *x->toks);
        if (!x->toks) abort();
    }
    x->toks[x->ntoks++] = (Tok){ kind, pos, len };
}

/* Does a line end at s[i]: a line feed, or a carriage return without one
 * (gcc and clang end the line there too)? */
static bool line_end_at(const char *s, size_t n, size_t i)
{
    return s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'));
}

/* Skips a comment at x->i if there is one; returns whether it did. */
static bool skip_comment(Lex *x)
{
    const char *s = x->s;
    if (x->i + 1 >= x->n || s[x->i] != '/') return false;
    if (s[x->i + 1] == '/') {
        while (x->i < x->n && !line_end_at(s, x->n, x->i)) x->i++;
        return true;
    }
    if (s[x->i + 1] == '*') {
        const char *e = memmem(s + x->i + 2, x->n - x->i - 2, "*/", 2);
        x->i = e ? (size_t)(e - s) + 2 : x->n;
        return true;
    }
    return false;
}

/* A string or character literal from its quote to the closing quote.
 * Unterminated (no closing quote on the line), it runs to the end of the
 * line, as for gcc and cwith's lexer; returns false then. */
static bool skip_literal(Lex *x)
{
    char q = x->s[x->i++];
    while (x->i < x->n && x->s[x->i] != q && !line_end_at(x->s, x->n, x->i))
        x->i += x->s[x->i] == '\\' && x->i + 1 < x->n && !line_end_at(x->s, x->n, x->i + 1) ? 2 : 1;
    if (x->i < x->n && x->s[x->i] == q) {
        x->i++;
        return true;
    }
    return false;
}

/* A GNU raw string R"d(...)d" (also uR UR LR u8R) after the word
 * s[start, start + w), x->i just after the word: moves past it and
 * returns true; false (x->i unchanged) if there is none or it does not
 * end, as for cwith's lexer (then R is a word). The delimiter has at most
 * 16 bytes, none a blank, parenthesis, backslash or quote. */
static bool skip_raw_string(Lex *x, size_t start, size_t w)
{
    const char *s = x->s, *word = s + start;
    bool raw = (w == 1 && word[0] == 'R') ||
               (w == 2 && word[1] == 'R' && strchr("uUL", word[0])) ||
               (w == 3 && !memcmp(word, "u8R", 3));
    if (!raw || x->i >= x->n || s[x->i] != '"') return false;
    size_t d = x->i + 1;
    while (d < x->n && d - x->i - 1 < 16 && !memchr(" ()\\\t\v\f\r\n\"", s[d], 10)) d++;
    if (d >= x->n || s[d] != '(') return false;
    size_t dlen = d - x->i - 1;
    for (size_t i = d + 1; i + dlen + 1 < x->n; i++) {
        if (s[i] == ')' && !memcmp(s + i + 1, s + x->i + 1, dlen) && s[i + 1 + dlen] == '"') {
            x->i = i + dlen + 2;
            return true;
        }
    }
    return false;
}

/* At a directive's '#' (or "%:"): returns the directive's name (a whole
 * identifier, `if0` too; up to 15 bytes, longer than any directive's) in
 * name and moves to the end of the directive. *zero tells
 * whether the rest of an #if / #elif line is the constant 0, as cwith's
 * lexer reads it (is_zero_condition in lexer/lexer.c). */
static void directive(Lex *x, char name[16], bool *zero)
{
    const char *s = x->s;
    x->i += s[x->i] == '#' ? 1 : 2;
    while (x->i < x->n && (s[x->i] == ' ' || s[x->i] == '\t')) x->i++;
    size_t k = 0;
    while (x->i < x->n && ident_char((unsigned char)s[x->i])) {
        if (k < 15) name[k++] = s[x->i];
        x->i++;
    }
    name[k] = 0;
    size_t p = x->i;
    while (p < x->n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r')) p++;
    *zero = false;
    if (p < x->n && s[p] == '0') {
        /* then only blanks and comments: a comment, then `+ 1`, is no 0 */
        for (p++;;) {
            while (p < x->n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r')) p++;
            if (p + 1 >= x->n || s[p] != '/' || (s[p + 1] != '/' && s[p + 1] != '*')) {
                *zero = p == x->n || line_end_at(s, x->n, p);
                break;
            }
            if (s[p + 1] == '/') {
                *zero = true;
                break;
            }
            const char *e = memmem(s + p + 2, x->n - p - 2, "*/", 2);
            if (!e) break;
            p = (size_t)(e - s) + 2;
        }
    }
    /* to the end of the line; a comment may carry it over newlines */
    while (x->i < x->n && !line_end_at(s, x->n, x->i)) {
        if (skip_comment(x)) continue;
        if (s[x->i] == '"' || s[x->i] == '\'') skip_literal(x);
        else x->i++;
    }
}

/* Tokens of the live text: not in comments, literals, directives or
 * #if 0 groups. */
static void lex_live(Lex *x)
{
    /* conditional groups: dead[k] says the current branch of level k is
     * an #if 0 / #elif 0 branch or inside one; taken[k], that a branch of
     * the group was not 0 */
    enum { MAXC = 256 };
    bool dead[MAXC], taken[MAXC];
    int level = 0, deep = 0;    /* deep: levels beyond MAXC (dead or not, as their parent) */
    const char *s = x->s;
    x->line_start = true;
    while (x->i < x->n) {
        unsigned char c = (unsigned char)s[x->i];
        bool is_dead = level > 0 && dead[level - 1];
        if (line_end_at(s, x->n, x->i)) {
            x->line_start = true;
            x->i++;
            continue;
        }
        /* (gcc and clang read a null character as a blank) */
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) {
            x->i++;
            continue;
        }
        if (skip_comment(x)) continue;
        if (x->line_start && (c == '#' || (c == '%' && x->i + 1 < x->n && s[x->i + 1] == ':'))) {
            char name[16];
            bool zero;
            directive(x, name, &zero);
            bool is_if = !strcmp(name, "if") || !strcmp(name, "ifdef") || !strcmp(name, "ifndef");
            if (is_if) {
                if (level == MAXC) {
                    deep++;
                } else {
                    dead[level] = is_dead || (!strcmp(name, "if") && zero);
                    taken[level] = !dead[level];
                    level++;
                }
            } else if (deep > 0) {
                if (!strcmp(name, "endif")) deep--;
            } else if (level > 0) {
                bool parent_dead = level > 1 && dead[level - 2];
                if (!strcmp(name, "endif")) {
                    level--;
                } else if (!strcmp(name, "elif") || !strcmp(name, "elifdef") ||
                           !strcmp(name, "elifndef")) {
                    bool zero_elif = !strcmp(name, "elif") && zero;
                    dead[level - 1] = parent_dead || zero_elif;
                    taken[level - 1] |= !dead[level - 1];
                } else if (!strcmp(name, "else")) {
                    dead[level - 1] = parent_dead;
                    taken[level - 1] = true;
                }
            }
            continue;
        }
        x->line_start = false;
        size_t start = x->i;
        if (c == '"' || c == '\'') {
            bool closed = skip_literal(x);
            if (!is_dead) push_tok(x, closed ? 's' : '.', start, x->i - start);
            continue;
        }
        bool number = (c >= '0' && c <= '9') ||
                      (c == '.' && x->i + 1 < x->n && s[x->i + 1] >= '0' && s[x->i + 1] <= '9');
        if (number) {
            /* a pp-number: 0x1p-3, .5e+3, 1'000 (C23 separators) */
            x->i++;
            while (x->i < x->n && (ident_char((unsigned char)s[x->i]) || s[x->i] == '.' ||
                                  ((s[x->i] == '+' || s[x->i] == '-') && strchr("eEpP", s[x->i - 1])) ||
                                  (s[x->i] == '\'' && x->i + 1 < x->n && ident_char((unsigned char)s[x->i + 1]) &&
                                   (unsigned char)s[x->i + 1] < 0x80)))
                x->i += s[x->i] == '\'' ? 2 : 1;
            if (!is_dead) push_tok(x, 'n', start, x->i - start);
            continue;
        }
        if (ident_char(c)) {
            while (x->i < x->n && ident_char((unsigned char)s[x->i])) x->i++;
            /* a prefixed literal: L"..", u8'..' */
            size_t w = x->i - start;
            if (skip_raw_string(x, start, w)) {
                if (!is_dead) push_tok(x, 's', start, x->i - start);
                continue;
            }
            bool prefix = (w == 1 && strchr("LuU", s[start])) || (w == 2 && !memcmp(s + start, "u8", 2));
            if (prefix && x->i < x->n && (s[x->i] == '"' || s[x->i] == '\'')) {
                size_t q = x->i;
                if (skip_literal(x)) {
                    if (!is_dead) push_tok(x, 's', start, x->i - start);
                    continue;
                }
                x->i = q;
            }
            if (!is_dead) push_tok(x, 'i', start, x->i - start);
            continue;
        }
        char kind = '.';
        size_t len = 1;
        if (strchr("()[]{},", c)) kind = (char)c;
        if (x->i + 1 < x->n) {          /* digraphs */
            char d = s[x->i + 1];
            if (c == '<' && d == '%') kind = '{', len = 2;
            else if (c == '%' && d == '>') kind = '}', len = 2;
            else if (c == '<' && d == ':') kind = '[', len = 2;
            else if (c == ':' && d == '>') kind = ']', len = 2;
        }
        x->i += len;
        if (!is_dead) push_tok(x, kind, start, len);
    }
    (void)taken;
}

static bool tok_is(const Lex *x, size_t k, const char *word)
{
    size_t n = strlen(word);
    return k < x->ntoks && x->toks[k].kind == 'i' && x->toks[k].len == n &&
           !memcmp(x->s + x->toks[k].pos, word, n);
}

static bool tok_kind(const Lex *x, size_t k, char kind)
{
    return k < x->ntoks && x->toks[k].kind == kind;
}

/* The token that closes the group opened at k (any of ( [ {), or ntoks. */
static size_t closing(const Lex *x, size_t k)
{
    int depth = 0;
    for (size_t i = k; i < x->ntoks; i++) {
        char c = x->toks[i].kind;
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && --depth == 0) return i;
    }
    return x->ntoks;
}

/* Words C (and cwith's lexer) give a meaning of their own: never the name
 * of a manager (`with (if ()) {}` is no with-statement). */
static bool is_keyword(const Lex *x, size_t k)
{
    static const char *const words[] = {
        "if", "do", "for", "asm", "else", "case", "goto", "enum", "while", "break", "union",
        "__asm", "return", "struct", "sizeof", "switch", "inline", "extern", "default",
        "__asm__", "alignas", "alignof", "continue", "volatile", "__inline", "_Alignas",
        "_Alignof", "_Generic", "__alignof", "__volatile", "__inline__", "__declspec",
        "__attribute", "__alignof__", "__volatile__", "__attribute__"
    };
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (tok_is(x, k, words[w])) return true;
    return false;
}

/* Does a statement start at k that cannot go on an expression after a
 * call's `)`: a block, a statement keyword, a name or a literal? */
static bool starts_body(const Lex *x, size_t k)
{
    static const char *const words[] = {
        "if", "do", "for", "goto", "while", "break", "return", "switch", "continue"
    };
    if (tok_kind(x, k, '{') || tok_kind(x, k, 's') || tok_kind(x, k, 'n')) return true;
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (tok_is(x, k, words[w])) return true;
    return tok_kind(x, k, 'i') && !is_keyword(x, k);
}

/* `(name(...) [as name], ...)` from open to close */
static bool item_list(const Lex *x, size_t open, size_t close)
{
    size_t i = open + 1;
    for (;;) {
        if (!tok_kind(x, i, 'i') || is_keyword(x, i) || !tok_kind(x, i + 1, '(')) return false;
        i = closing(x, i + 1) + 1;
        if (i > close) return false;
        if (tok_is(x, i, "as")) {
            if (!tok_kind(x, i + 1, 'i')) return false;
            i += 2;
        }
        if (i == close) return true;
        if (!tok_kind(x, i, ',')) return false;
        i++;
    }
}

/* The offset (in the splice-free text) of a with-statement left in the
 * text, or -1. */
static long with_statement_left(const char *text, size_t size, char **unspliced, size_t *unspliced_size)
{
    Lex x = { 0 };
    x.s = *unspliced = unsplice(text, size, &x.n);
    *unspliced_size = x.n;
    lex_live(&x);
    long found = -1;
    for (size_t k = 0; k + 1 < x.ntoks && found < 0; k++) {
        if (!tok_is(&x, k, "with") || !tok_kind(&x, k + 1, '(')) continue;
        size_t close = closing(&x, k + 1);
        bool has_as = false;
        int depth = 0;
        for (size_t i = k + 1; i < close && i < x.ntoks; i++) {
            char c = x.toks[i].kind;
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (depth == 1 && tok_is(&x, i, "as") && tok_kind(&x, i - 1, ')')) has_as = true;
        }
        bool body = close < x.ntoks && starts_body(&x, close + 1) && item_list(&x, k + 1, close);
        if (has_as || body) found = (long)x.toks[k].pos;
    }
    free(x.toks);
    return found;
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
    /* an input that begins with a UTF-8 byte order mark: the mark comes
     * first, then the #line line, then the rest */
    const size_t bom = size >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    if (a.status == CWITH_OK) {
        if (a.out_size < bom + head || memcmp(a.out, text, bom) ||
            memcmp(a.out + bom, LINE_DIRECTIVE, head))
            violated(&a, "the output does not begin with %s", LINE_DIRECTIVE);
        body += bom + head;
        body_size -= bom + head;
    }

    /* 3 */
    Result b = translate(text, size, false, false);
    if (b.status != a.status)
        violated(&b, "fast path off: status %d, with the fast path %d", (int)b.status, (int)a.status);
    /* When both refuse the input, the messages after a syntax error may
     * differ (the fast path skips with-free bodies, whose errors the full
     * parse reports): the file is refused either way. Otherwise (warnings
     * on a translated file) they must be the same. */
    if (a.status != CWITH_ERRORS &&
        (b.diag_size != a.diag_size || memcmp(b.diag, a.diag, a.diag_size))) {
        show("diagnostics with the fast path", a.diag, a.diag_size);
        violated(&b, "fast path off: other diagnostics");
    }
    if (a.status == CWITH_OK && (b.out_size != bom + body_size || memcmp(b.out, text, bom) ||
                                 memcmp(b.out + bom, body, body_size))) {
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
        char *plain;
        size_t plain_size;
        long at = with_statement_left(body, body_size, &plain, &plain_size);
        if (at >= 0) {
            size_t rest = plain_size - (size_t)at;
            show("from the with-statement on (line splices removed)", plain + at, rest < 300 ? rest : 300);
            violated(&a, "a with-statement is left in the output");
        }
        free(plain);
    }

    /* 5 */
    if (!mentions_statement_word(text, size)) {
        if (a.status != CWITH_OK) violated(&a, "input without `with` or `defer` is refused");
        if (body_size != size - bom || memcmp(body, text + bom, size - bom))
            violated(&a, "input without `with` or `defer` does not come out byte for byte");
    }

    result_free(&a);
    return 0;
}
