/* diag.c: diagnostics in the form editors and CI logs parse,
 *   file:line:col: error: message
 * followed by the source line and a caret under the token, as gcc does.
 * File and line follow the input's own #line directives, so cwith can run
 * after another generator and still point at the original source.
 */
#include <stdarg.h>
#include <string.h>
#include "translator.h"

Place place_of(const Source *src, const LineMap *lines, size_t pos, int phys_line)
{
    Place p = { NULL, 0, phys_line };
    if (!lines || lines->n == 0 || lines->v[0].pos > pos) return p;
    size_t lo = 0, hi = lines->n;         /* the last mark at or before pos */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (lines->v[mid].pos <= pos) lo = mid;
        else hi = mid;
    }
    const LineMark *m = &lines->v[lo];
    p.line = m->line + (phys_line - m->phys_line);
    if (m->file_len) {
        p.file = src->text + m->file_pos;
        p.file_len = m->file_len;
    }
    return p;
}

Token token_at(const Source *src, size_t pos, unsigned len)
{
    Token t = { 0, 0, pos, len, 1, 1, 0 };
    size_t end = pos < src->size ? pos : src->size, line_start = 0;
    LineStarts *ls = src->line_starts;
    if (!ls) {
        for (size_t i = 0; i < end; i++) {
            if (src->text[i] == '\n') {
                t.line++;
                line_start = i + 1;
            }
        }
    } else {
        while (ls->scanned < end) {
            const char *nl = memchr(src->text + ls->scanned, '\n', end - ls->scanned);
            if (!nl) {
                ls->scanned = end;
                break;
            }
            ls->scanned = (size_t)(nl - src->text) + 1;
            vec_push(ls, ls->scanned);
        }
        size_t lo = 0, hi = ls->n;      /* the line starts at or before end */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (ls->v[mid] <= end) lo = mid + 1;
            else hi = mid;
        }
        t.line += (int)lo;
        line_start = lo ? ls->v[lo - 1] : 0;
    }
    t.col = (int)(pos - line_start) + 1;
    return t;
}

void diag_init(Diag *d, const Source *src, const LineMap *lines, FILE *out)
{
    memset(d, 0, sizeof *d);
    d->src = src;
    d->lines = lines;
    d->out = out ? out : stderr;
}

void diag_free(Diag *d)
{
    vec_free(&d->msg);
}

static void put_str(Diag *d, const char *s)
{
    buf_put(&d->msg, s, strlen(s));
}

static void put_fmt(Diag *d, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n > 0) {
        vec_reserve(&d->msg, d->msg.n + (size_t)n + 1);
        vsnprintf(d->msg.v + d->msg.n, (size_t)n + 1, fmt, again);
        d->msg.n += (size_t)n;
    }
    va_end(again);
}

static void put_num(Diag *d, int v)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%d", v);
    put_str(d, tmp);
}

/* The file name of a place: the source's, or a #line literal unescaped. */
static void put_file(Diag *d, const Place *p)
{
    if (!p->file) {
        put_str(d, d->src->name);
        return;
    }
    for (unsigned i = 1; i + 1 < p->file_len; i++) {
        if (p->file[i] == '\\' && i + 2 < p->file_len) i++;
        buf_put(&d->msg, &p->file[i], 1);
    }
}

/* A UTF-8 byte-order mark starts the file: gcc neither counts nor shows it. */
static bool has_bom(const Source *src)
{
    return src->size >= 3 && !memcmp(src->text, "\xEF\xBB\xBF", 3);
}

static void show_line(Diag *d, const Token *tok, int line)
{
    const Source *src = d->src;
    if (tok->line <= 0 || tok->pos > src->size) return;
    /* a very long line: only a window around the token (and only that
     * window is read: many errors on one long line stay linear) */
    enum { WINDOW = 120 };
    size_t start = tok->pos, end = tok->pos;
    while (start > 0 && src->text[start - 1] != '\n' && tok->pos - start <= WINDOW) start--;
    while (end < src->size && src->text[end] != '\n' && src->text[end] != '\r' &&
           end - tok->pos <= WINDOW + tok->len)
        end++;
    bool cut_left = tok->pos - start > WINDOW, cut_right = end - tok->pos > WINDOW + tok->len;
    if (cut_left) start = tok->pos - WINDOW;
    if (start == 0 && has_bom(src) && tok->pos >= 3) start = 3;     /* shown as gcc does */
    if (cut_right) end = tok->pos + tok->len + WINDOW;
    while (cut_left && start < tok->pos && (src->text[start] & 0xC0) == 0x80) start++;
    char gutter[24];
    snprintf(gutter, sizeof gutter, "%5d | ", line);
    put_str(d, gutter);
    if (cut_left) buf_lit(&d->msg, "...");
    buf_put(&d->msg, src->text + start, end - start);
    if (cut_right) buf_lit(&d->msg, "...");
    buf_lit(&d->msg, "\n      | ");
    if (cut_left) buf_lit(&d->msg, "   ");
    for (size_t i = start; i < tok->pos; i++)
        buf_put(&d->msg, src->text[i] == '\t' ? "\t" : " ", 1);
    if (d->color) buf_lit(&d->msg, "\033[01;32m\033[K");
    buf_lit(&d->msg, "^");
    for (size_t i = 1; i < tok->len && tok->pos + i < end; i++) buf_lit(&d->msg, "~");
    if (d->color) buf_lit(&d->msg, "\033[m\033[K");
    buf_lit(&d->msg, "\n");
}

/* The column gcc reports: tabs go to the next multiple of 8, a UTF-8
 * character counts once (gcc's -fdiagnostics-column-unit=display). The
 * column is counted from the last one asked on the same line, so that
 * many errors on one long line read it once, not once each. */
static int display_column(Diag *d, size_t pos)
{
    const Source *src = d->src;
    if (!d->line.col || pos < d->line.start || pos > d->line.end) {
        size_t start = pos;
        while (start > 0 && src->text[start - 1] != '\n') start--;
        const char *nl = memchr(src->text + pos, '\n', src->size - pos);
        d->line.start = d->line.at = start;
        d->line.end = nl ? (size_t)(nl - src->text) : src->size;
        d->line.col = 1;
    }
    size_t i = d->line.at;
    int col = d->line.col - 1;
    if (pos < i) i = d->line.start, col = 0;
    if (i == 0 && has_bom(src)) i = pos < 3 ? pos : 3;      /* the mark counts as nothing */
    for (; i < pos && i < src->size; i++) {
        unsigned char c = (unsigned char)src->text[i];
        if (c == '\t') col = (col / 8 + 1) * 8;
        else if ((c & 0xC0) != 0x80) col++;
    }
    d->line.at = pos;
    d->line.col = col + 1;
    return col + 1;
}

/* gcc's colours: bold location, red error, magenta warning, cyan note. */
static void put_colored(Diag *d, const char *color, const char *s)
{
    if (d->color) {
        buf_lit(&d->msg, "\033[");
        put_str(d, color);
        buf_lit(&d->msg, "m\033[K");
    }
    put_str(d, s);
    if (d->color) buf_lit(&d->msg, "\033[m\033[K");
}

static void report(Diag *d, const Token *tok, const char *level, const char *fmt, va_list ap)
{
    Place p = place_of(d->src, d->lines, tok->pos, tok->line);
    d->msg.n = 0;
    if (d->color) buf_lit(&d->msg, "\033[01m\033[K");
    put_file(d, &p);
    buf_lit(&d->msg, ":");
    put_num(d, p.line);
    buf_lit(&d->msg, ":");
    put_num(d, tok->line > 0 && tok->pos <= d->src->size ? display_column(d, tok->pos)
                                                           : tok->col);
    buf_lit(&d->msg, ":");
    if (d->color) buf_lit(&d->msg, "\033[m\033[K");
    buf_lit(&d->msg, " ");
    put_colored(d, !strcmp(level, "error") ? "01;31" : !strcmp(level, "warning") ? "01;35"
                                                                                 : "01;36", level);
    buf_lit(&d->msg, ": ");
    put_fmt(d, fmt, ap);
    buf_lit(&d->msg, "\n");
    show_line(d, tok, p.line);
    fwrite(d->msg.v, 1, d->msg.n, d->out);
}

static bool at_cap(Diag *d)
{
    if (d->max_errors <= 0 || d->errors < d->max_errors) return false;
    if (!d->muted) fprintf(d->out, "cwith: too many errors (%d), stopping\n", d->max_errors);
    d->muted = true;
    return true;
}

/* Past the limit one line says so, and nothing more is reported. */
static bool muted(Diag *d, bool is_error)
{
    if (!is_error) return d->muted;
    if (at_cap(d)) return true;
    d->muted = false;
    return false;
}

/* At the cap the translation stops, as gcc's does at -fmax-errors: broken
 * or hostile input costs the time and memory up to its N-th error, not a
 * tree and a report for each of its errors. */
bool diag_full(Diag *d)
{
    return at_cap(d);
}

void error_at(Diag *d, const Token *tok, const char *fmt, ...)
{
    if (!muted(d, true)) {
        va_list ap;
        va_start(ap, fmt);
        report(d, tok, "error", fmt, ap);
        va_end(ap);
    }
    d->errors++;
}

void warning_at(Diag *d, const Token *tok, const char *fmt, ...)
{
    bool error = d->warnings == 2;      /* -Werror, as gcc */
    if (d->warnings == 0 || muted(d, error)) {
        if (error) d->errors++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    report(d, tok, error ? "error" : "warning", fmt, ap);
    va_end(ap);
    if (error) d->errors++;
}

void note_at(Diag *d, const Token *tok, const char *fmt, ...)
{
    if (muted(d, false)) return;
    va_list ap;
    va_start(ap, fmt);
    report(d, tok, "note", fmt, ap);
    va_end(ap);
}

/* The same at a token of another source (a header the input includes):
 * its file, line and text, after its own #line directives. */
static void report_in(Diag *d, const Source *src, const LineMap *lines, const Token *tok,
                      const char *level, const char *fmt, va_list ap)
{
    const Source *own = d->src;
    const LineMap *own_lines = d->lines;
    if (src != own) {
        d->src = src;
        d->lines = lines;
        d->line.col = 0;        /* display_column's line is the other file's */
    }
    report(d, tok, level, fmt, ap);
    if (src != own) d->line.col = 0;
    d->src = own;
    d->lines = own_lines;
}

void error_in(Diag *d, const Source *src, const LineMap *lines, const Token *tok,
              const char *fmt, ...)
{
    if (!muted(d, true)) {
        va_list ap;
        va_start(ap, fmt);
        report_in(d, src, lines, tok, "error", fmt, ap);
        va_end(ap);
    }
    d->errors++;
}

void note_in(Diag *d, const Source *src, const LineMap *lines, const Token *tok,
             const char *fmt, ...)
{
    if (muted(d, false)) return;
    va_list ap;
    va_start(ap, fmt);
    report_in(d, src, lines, tok, "note", fmt, ap);
    va_end(ap);
}
