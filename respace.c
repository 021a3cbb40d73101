/* respace.c: the source's own spacing for the lines of preprocessed text
 * that come unchanged from it (the compiler wrapper, see respace.h).
 *
 * gcc -E writes a line's tokens with one space for its indentation and for
 * each run of blanks or comments between them, and a token that follows a
 * comment spanning lines on the comment's first line. The compiler that
 * compiles that text, and cwith, would report its columns, and that line.
 * So each line of the input file whose tokens come out unchanged (no macro
 * expanded in it) is put back as written, its comments blanked: a comment
 * becomes a space per character (tabs and line ends kept), so that no
 * comment text reaches the translator or the compiler, and columns count
 * as gcc's do (a tab to the next multiple of 8, a UTF-8 character once);
 * only a comment on one line that says "fall through" is kept, for gcc's
 * -Wimplicit-fallthrough.
 *
 * A line is put back only when its words (runs of characters between
 * blanks, a string or character literal whole) are the preprocessed
 * line's, in order: only the blanks between words change, and blanks
 * between two words never change a token. Anything else (a macro
 * expanded, a line splice, a trigraph, a name written as a UCN) keeps the
 * preprocessed line, and so does a directive that the preprocessor wrote
 * (#pragma, #define with -g3): there the '#' must stay in the first
 * column and the line end where it is (see directive()).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "respace.h"
#include "translator.h"     /* xrealloc, Buf */

/* The source with its comments blanked, and where its lines begin. */
typedef struct Blanked {
    char *text;
    size_t size;
    size_t *starts;     /* starts[i]: where line i + 1 begins */
    bool *joined;       /* joined[i]: line i + 1 ends inside a comment */
    size_t lines;
} Blanked;

/* The blanks between words: ' ', '\t', '\f', '\v', '\n' (not '\r', which
 * gcc reads as a line end: a line that holds one is not put back). */
static bool is_blank(char c)
{
    return (c == ' ') | ((unsigned char)(c - '\t') <= '\f' - '\t');
}

/* The end of the line that begins at p: its '\n', or end. */
static const char *line_end(const char *p, const char *end)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl : end;
}

/* The end of the text of the line [s, e): before its '\n' or "\r\n". */
static const char *text_end(const char *s, const char *e)
{
    if (e > s && e[-1] == '\n') e--;
    if (e > s && e[-1] == '\r') e--;
    return e;
}

/* Past the literal that opens at p (its quote), to its closing quote or the
 * line's end: a literal never spans lines. */
static const char *past_literal(const char *p, const char *end)
{
    char quote = *p++;
    while (p < end && *p != quote && *p != '\n') {
        if (*p == '\\' && p + 1 < end && p[1] != '\n') p++;
        p++;
    }
    return p < end && *p == quote ? p + 1 : p;
}

static void new_line(Blanked *b, size_t at, bool inside_comment)
{
    b->joined[b->lines - 1] = inside_comment;
    b->starts[b->lines++] = at;
}

/* What a comment's byte becomes: a line end or tab stays, a UTF-8
 * character's continuation bytes go (the character counts once), any
 * other byte is a space. */
static char in_comment(unsigned char c)
{
    return c == '\n' || c == '\t' ? (char)c : (c & 0xC0) == 0x80 ? 0 : ' ';
}

/* The end of the block comment whose text begins at p: past its closing
 * star and slash, or end. */
static const char *comment_end(const char *p, const char *end)
{
    for (;;) {
        const char *star = memchr(p, '*', (size_t)(end - p));
        if (!star || star + 1 == end) return end;
        if (star[1] == '/') return star + 2;
        p = star + 1;
    }
}

/* The bytes a comment's run of spaces is made of: printable ASCII. */
static const bool plain[256] = { [' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1,
        ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1, ['*'] = 1,
        ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, ['0'] = 1, ['1'] = 1,
        ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1,
        ['9'] = 1, [':'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1,
        ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
        ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
        ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
        ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['['] = 1,
        ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['a'] = 1, ['b'] = 1,
        ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
        ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
        ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
        ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, ['~'] = 1 };

/* o, the end of the blanked text so far, back over the spaces and tabs at
 * the end of its line. */
static char *trimmed(const Blanked *b, char *o)
{
    const char *line = b->text + b->starts[b->lines - 1];
    while (o > line && (o[-1] == ' ' || o[-1] == '\t')) o--;
    return o;
}

/* Is the comment [p, q) on one line, and does it say "fall through" (or
 * "FALLTHRU", "falls thru"...)? gcc's -Wimplicit-fallthrough (in -Wextra)
 * reads such a comment before a case label: it is kept. A comment is a
 * blank to the compiler and to cwith, so keeping more than gcc reads
 * changes nothing else. */
static bool falls_through(const char *p, const char *q)
{
    if (memchr(p, '\n', (size_t)(q - p))) return false;
    bool fall = false;
    for (const char *c = p; c + 3 <= q; c++) {
        char w[4] = { (char)(c[0] | 0x20), (char)(c[1] | 0x20), (char)(c[2] | 0x20), 0 };
        if (!fall) fall = c + 4 <= q && !memcmp(w, "fal", 3) && (c[3] | 0x20) == 'l';
        else if (!memcmp(w, "thr", 3)) return true;
    }
    return false;
}

static void blank(Blanked *b, const char *src, size_t size)
{
    const char *p = src, *end = src + size;
    size_t most = 2;
    for (const char *nl = p; (nl = memchr(nl, '\n', (size_t)(end - nl))) != NULL; nl++) most++;
    b->text = xrealloc(NULL, size ? size : 1);
    b->starts = xrealloc(NULL, most * sizeof *b->starts);
    b->joined = xrealloc(NULL, most * sizeof *b->joined);
    b->starts[0] = 0;
    b->lines = 1;
    char *o = b->text;
    while (p < end) {
        char c = *p;
        if (c == '"' || c == '\'') {
            const char *q = past_literal(p, end);
            memcpy(o, p, (size_t)(q - p));
            o += q - p;
            p = q;
        } else if (c == '/' && p + 1 < end && (p[1] == '*' || p[1] == '/')) {
            const char *q = p[1] == '*' ? comment_end(p + 2, end) : line_end(p, end);
            if (falls_through(p, q)) {
                memcpy(o, p, (size_t)(q - p));
                o += q - p;
                p = q;
                continue;
            }
            while (p < q) {
                /* spaces up to the next byte that is not plain ASCII text */
                const char *r = p;
                while (r < q && plain[(unsigned char)*r]) r++;
                memset(o, ' ', (size_t)(r - p));
                o += r - p;
                if (r == q) break;
                char k = in_comment((unsigned char)*r);
                if (k == '\n') {
                    o = trimmed(b, o);
                    *o++ = '\n';
                    new_line(b, (size_t)(o - b->text), true);
                } else if (k) {
                    *o++ = k;
                }
                p = r + 1;
            }
            p = q;
            /* the comment ends its line: its blanks (and those before it)
             * go, which makes the text and the compiler's work smaller */
            const char *r = p;
            while (r < end && (*r == ' ' || *r == '\t' || *r == '\r')) r++;
            if (r == end || *r == '\n') {
                o = trimmed(b, o);
                p = r;
            }
        } else if (c == '\n') {
            *o++ = *p++;
            new_line(b, (size_t)(o - b->text), false);
        } else {
            /* code up to the next quote, slash or line end */
            static const bool stops[256] = { ['"'] = 1, ['\''] = 1, ['/'] = 1, ['\n'] = 1 };
            const char *q = p + 1;
            while (q < end && !stops[(unsigned char)*q]) q++;
            memcpy(o, p, (size_t)(q - p));
            o += q - p;
            p = q;
        }
    }
    b->size = (size_t)(o - b->text);
    b->joined[b->lines - 1] = false;
    b->starts[b->lines] = b->size;      /* the end of the last line */
}

/* Past the blanks at a, and past the comments there (the fall-through
 * comments blank() keeps). */
static const char *past_blanks(const char *a, const char *ae)
{
    for (;;) {
        while (a < ae && is_blank(*a)) a++;
        if (ae - a < 2 || a[0] != '/' || (a[1] != '*' && a[1] != '/')) return a;
        a = a[1] == '*' ? comment_end(a + 2, ae) : line_end(a, ae);
    }
}

static bool at_blank(const char *a, const char *ae)
{
    return a < ae && (is_blank(*a) || (ae - a >= 2 && a[0] == '/' && (a[1] == '*' || a[1] == '/')));
}

/* Are the words of the blanked source [a, ae) those of the preprocessed
 * text [b, be)? Both are read side by side: the same bytes, except that a
 * run of blanks (outside a literal) stands for any other run of blanks,
 * and a comment of the source is a blank. */
static bool same_words(const char *a, const char *ae, const char *b, const char *be)
{
    a = past_blanks(a, ae);
    while (b < be && is_blank(*b)) b++;
    while (a < ae && b < be) {
        char c = *a;
        bool blank = at_blank(a, ae);
        if (blank != is_blank(*b)) return false;
        if (blank) {
            a = past_blanks(a, ae);
            while (b < be && is_blank(*b)) b++;
        } else if (c == '"' || c == '\'') {
            const char *q = past_literal(a, ae);
            size_t n = (size_t)(q - a);
            if ((size_t)(be - b) < n || memcmp(a, b, n)) return false;
            a = q, b += n;
        } else {
            if (c != *b) return false;
            a++, b++;
        }
    }
    a = past_blanks(a, ae);
    while (b < be && is_blank(*b)) b++;
    return a == ae && b == be;
}

/* A line marker, `# N "FILE" FLAGS`: its line N, and whether FILE is
 * `name` (the marker escapes '\\' and '"' in it). */
static bool marker(const char *p, const char *e, const char *name, size_t *line, bool *is_name)
{
    if (p == e || *p != '#') return false;
    p++;
    while (p < e && *p == ' ') p++;
    if (p == e || *p < '0' || *p > '9') return false;
    size_t n = 0;
    while (p < e && *p >= '0' && *p <= '9') n = n * 10 + (size_t)(*p++ - '0');
    *line = n;
    while (p < e && *p == ' ') p++;
    *is_name = false;
    if (p == e || *p != '"') return true;
    p++;
    const char *s = name;
    while (p < e && *p != '"') {
        if (*p == '\\' && p + 1 < e) p++;
        if (*s != *p) return true;
        s++, p++;
    }
    *is_name = *s == '\0' && p < e;
    return true;
}

/* Is the preprocessed line [p, e) a directive (#pragma, #ident, #define
 * with -g3 or -dD)? The compiler reads the text with -fpreprocessed, where
 * a directive's '#' must be in the first column and the directive ends at
 * its line's end: put back, an indented one would be code, and one whose
 * comment spans lines would end there, the words after the comment code. */
static bool directive(const char *p, const char *e)
{
    return p < e && (*p == '#' || (*p == '%' && p + 1 < e && p[1] == ':'));
}

char *respace(const char *pp, size_t size, const char *name, const char *src, size_t src_size,
              size_t *out_size)
{
    Blanked b;
    blank(&b, src, src_size);
    Buf o = { 0 };
    vec_reserve(&o, size + src_size + 64);  /* at most: the untouched part is not paged in */
    const char *p = pp, *end = pp + size;
    bool in_source = false;
    size_t line = 0;        /* the source line of the next line of pp */
    while (p < end) {
        const char *e = line_end(p, end);
        size_t marked;
        bool is_name;
        if (marker(p, e, name, &marked, &is_name)) {
            in_source = is_name;
            line = marked;
        } else if (in_source && line >= 1 && line <= b.lines && !directive(p, e)) {
            /* the source's lines from `line` to the first that does not end
             * inside a comment: gcc -E writes their words on one line, then
             * an empty line for each of the others */
            size_t last = line;
            while (last < b.lines && b.joined[last - 1]) last++;
            const char *next = e;
            bool empty_after = true;
            for (size_t k = line; k < last && empty_after; k++) {
                if (next == end) {
                    empty_after = false;
                    break;
                }
                const char *f = line_end(next + 1, end);
                for (const char *c = next + 1; c < f; c++)
                    if (!is_blank(*c)) empty_after = false;
                next = f;
            }
            const char *from = b.text + b.starts[line - 1];
            const char *to = text_end(from, b.text + b.starts[last]);
            if (empty_after && same_words(from, to, p, e)) {
                /* as written (a raw string's blanks at a line's end are its
                 * own): only the line ends are the preprocessor's */
                for (size_t k = line; k <= last; k++) {
                    const char *s = b.text + b.starts[k - 1];
                    buf_put(&o, s, (size_t)(text_end(s, b.text + b.starts[k]) - s));
                    buf_lit(&o, "\n");
                }
                line = last + 1;
                p = next < end ? next + 1 : end;
                continue;
            }
            line++;
        } else {
            line++;
        }
        buf_put(&o, p, (size_t)(e - p));
        if (e < end) buf_lit(&o, "\n");
        p = e < end ? e + 1 : end;
    }
    free(b.text);
    free(b.starts);
    free(b.joined);
    *out_size = o.n;
    return o.v;
}
