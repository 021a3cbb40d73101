/* util.c: memory for the translator: checked allocation, growable arrays,
 * byte buffers and the arena that holds one function's tree.
 */
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include "translator.h"

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

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) fatal("out of memory");
    return p;
}

size_t hash_bytes(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

size_t line_splice_len(const char *s, size_t i, size_t end)
{
    if (s[i] != '\\' || i + 1 >= end || (s[i + 1] != '\n' && s[i + 1] != '\r')) return 0;
    return s[i + 1] == '\r' && i + 2 < end && s[i + 2] == '\n' ? 3 : 2;
}

size_t unsplice(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t splice = line_splice_len(s, i, n);
        if (splice) {
            i += splice - 1;
            continue;
        }
        if (k == cap) return 0;
        out[k++] = s[i];
    }
    return k;
}

/* The hex value of s[0, n) (n hex digits), or -1. */
static long hex_value(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i], d = c >= '0' && c <= '9' ? c - '0'
                                       : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(unsigned long c, char *out)
{
    if (c < 0x80) return out[0] = (char)c, 1;
    if (c < 0x800) return out[0] = (char)(0xC0 | c >> 6), out[1] = (char)(0x80 | (c & 0x3F)), 2;
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12);
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18);
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t canonical_word(const char *s, size_t n, char *out, size_t cap)
{
    char word[512];
    if (cap > sizeof word) cap = sizeof word;
    n = unsplice(s, n, word, cap);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t digits = word[i] != '\\' || i + 1 >= n ? 0
                        : word[i + 1] == 'u' ? 4 : word[i + 1] == 'U' ? 8 : 0;
        long c = digits && i + 2 + digits <= n ? hex_value(word + i + 2, digits) : -1;
        if (c >= 0 && c <= 0x10FFFF) {
            if (k + 4 > cap) return 0;
            k += put_utf8((unsigned long)c, out + k);
            i += 2 + digits;
        } else {
            if (k == cap) return 0;
            out[k++] = word[i++];
        }
    }
    return k;
}

bool text_is_word(const char *s, size_t n, const char *w)
{
    size_t len = strlen(w);
    if (n == len) return !memcmp(s, w, len);
    char word[64];
    return n > len && unsplice(s, n, word, sizeof word) == len && !memcmp(word, w, len);
}

const char *mem_find(const char *text, size_t size, const char *bytes, size_t len)
{
    const char *p = text, *end = text + size;
    while (len > 0 && (size_t)(end - p) >= len) {
        p = memchr(p, bytes[0], (size_t)(end - p) - len + 1);
        if (!p) return NULL;
        if (!memcmp(p, bytes, len)) return p;
        p++;
    }
    return NULL;
}

bool mem_contains(const char *text, size_t size, const char *bytes, size_t len)
{
    return mem_find(text, size, bytes, len) != NULL;
}

const char *find_lone_cr(const char *s, size_t n)
{
    const char *end = s + n;
    for (const char *p = s; (p = memchr(p, '\r', (size_t)(end - p))); p++)
        if (p + 1 == end || p[1] != '\n') return p;
    return NULL;
}

const char *find_trigraph(const char *s, size_t n)
{
    const char *end = s + n;
    for (const char *p = s; (p = memchr(p, '?', (size_t)(end - p))); p++)
        if (end - p >= 3 && p[1] == '?' && p[2] && strchr("=/()<>", p[2])) return p;
    return NULL;
}

size_t name_bytes_end(const char *s, size_t i, size_t end)
{
    for (;;) {
        unsigned char c = i < end ? (unsigned char)s[i] : 0;
        if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
            c == '$' || c >= 0x80)
            i++;
        else if (end - i >= 6 && s[i] == '\\' && s[i + 1] == 'u') i += 6;
        else if (end - i >= 10 && s[i] == '\\' && s[i + 1] == 'U') i += 10;
        else return i;
    }
}

size_t skip_directive_blanks(const char *s, size_t i, size_t end)
{
    for (;;) {
        if (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\v')) {
            i++;
        } else if (end - i >= 2 && s[i] == '\\' && s[i + 1] == '\n') {
            i += 2;
        } else if (end - i >= 3 && s[i] == '\\' && s[i + 1] == '\r' && s[i + 2] == '\n') {
            i += 3;
        } else if (end - i >= 2 && s[i] == '/' && s[i + 1] == '*') {
            size_t j = i + 2;
            while (j + 1 < end && !(s[j] == '*' && s[j + 1] == '/')) j++;
            if (j + 1 >= end) return end;
            i = j + 2;
        } else {
            return i;
        }
    }
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) fatal("out of memory");
    return p;
}

/* Grows to at least `need` elements, by half again each time (1.5x keeps
 * the peak of the big buffers low). */
void *vec_grow(void *v, size_t *cap, size_t need, size_t elem_size)
{
    size_t n = *cap ? *cap : 16;
    while (n < need) n += n / 2;
    if (n > SIZE_MAX / elem_size) fatal("out of memory");
    *cap = n;
    return xrealloc(v, n * elem_size);
}

void buf_put(Buf *b, const char *s, size_t n)
{
    vec_reserve(b, b->n + n);
    memcpy(b->v + b->n, s, n);
    b->n += n;
}

/* ---------------------------------------------------------------- arena */

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} Chunk;

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    Chunk *c = a->chunks;
    if (!c || c->used + n > c->size) {
        size_t size = n > 65536 ? n : 65536;
        c = xmalloc(sizeof *c + size);
        c->next = a->chunks;
        c->used = 0;
        c->size = size;
        a->chunks = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

void arena_reset(Arena *a)
{
    Chunk *c = a->chunks;
    if (!c) return;
    for (Chunk *old = c->next, *next; old; old = next) {
        next = old->next;
        free(old);
    }
    c->next = NULL;
    c->used = 0;
}

void arena_free(Arena *a)
{
    arena_reset(a);
    free(a->chunks);
    a->chunks = NULL;
}
