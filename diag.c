/* diag.c: diagnostics in the form editors and CI logs parse,
 *   file:line:col: error: message
 * followed by the source line and a caret under the token, as gcc does.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "translator.h"

static const Source *source;
static int errors;

void diag_init(const Source *src)
{
    source = src;
    errors = 0;
}

int error_count(void)
{
    return errors;
}

static void show_line(const Token *tok)
{
    if (!source || tok->line <= 0 || tok->pos > source->size) return;
    size_t start = tok->pos, end = tok->pos;
    while (start > 0 && source->text[start - 1] != '\n') start--;
    while (end < source->size && source->text[end] != '\n' && source->text[end] != '\r') end++;
    fprintf(stderr, "%5d | %.*s\n", tok->line, (int)(end - start), source->text + start);
    fprintf(stderr, "      | ");
    for (size_t i = start; i < tok->pos; i++)
        fputc(source->text[i] == '\t' ? '\t' : ' ', stderr);
    fputc('^', stderr);
    for (size_t i = 1; i < tok->len && tok->pos + i < end; i++) fputc('~', stderr);
    fputc('\n', stderr);
}

static void report(const Token *tok, const char *level, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s:%d:%d: %s: ", source ? source->name : "cwith", tok->line, tok->col, level);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    show_line(tok);
}

void error_at(const Token *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(tok, "error", fmt, ap);
    va_end(ap);
    errors++;
}

void warning_at(const Token *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(tok, "warning", fmt, ap);
    va_end(ap);
}

void note_at(const Token *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(tok, "note", fmt, ap);
    va_end(ap);
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "cwith: error: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) fatal("out of memory");
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) fatal("out of memory");
    return p;
}
