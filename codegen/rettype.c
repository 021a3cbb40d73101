/* rettype.c: the return type of a function, from its definition's header,
 * for the temporary that holds a return value while exits run.
 *
 * The header is everything from the start of the declaration to the '{'.
 * Its declarator is rewritten: the function's name becomes the temporary's
 * name and its parameter list goes, so `static int (*f(int a))(int)` gives
 * `int (*cwith_ret)(int)`. Storage classes, function specifiers and
 * attributes are dropped. Macros in front of the type (`SQLITE_API int`,
 * `LUA_API lua_Integer`) cannot be expanded here; the rule is C's own: a
 * typedef name cannot be combined with other type specifiers, so if a
 * type keyword is present every unknown identifier is a macro, and if not,
 * the last unknown identifier is the typedef name.
 */
#include <stdlib.h>
#include <string.h>
#include "translator.h"

static bool is(const Source *src, const Token *t, const char *w)
{
    if (src->text[t->pos] != w[0]) return false;
    size_t n = strlen(w);
    return t->len == n && memcmp(src->text + t->pos, w, n) == 0;
}

/* Word lists are arrays of arrays, ending in "": read-only data, no pointers. */
typedef char Word[16];

static bool is_any(const Source *src, const Token *t, const Word *words)
{
    for (; (*words)[0]; words++)
        if (is(src, t, *words)) return true;
    return false;
}

static const Word dropped[] = {
    "static", "extern", "inline", "__inline", "__inline__", "_Noreturn", "noreturn",
    "register", "auto", "_Thread_local", "thread_local", "__thread", "__extension__",
    "constexpr", "typedef", ""
};
static const Word type_words[] = {
    "void", "char", "short", "int", "long", "float", "double", "signed", "unsigned",
    "_Bool", "bool", "_Complex", "__complex__", "__int128", "__signed__", "__unsigned__",
    "_Float16", "_Float32", "_Float64", "_Float128", "__float128", "_Decimal32",
    "_Decimal64", "_Decimal128", "_BitInt", "typeof", "__typeof__", "__typeof",
    "typeof_unqual", ""
};
static const Word qualifiers[] = {
    "const", "volatile", "restrict", "__restrict", "__restrict__", "__const",
    "__volatile__", "_Atomic", ""
};

/* Index after the paren group opening at i (i itself if it is not '('). */
static size_t skip_group(const Token *t, size_t n, size_t i)
{
    if (i >= n || (t[i].raw != R_LPAREN && t[i].raw != R_LBRACK)) return i;
    int depth = 0;
    for (; i < n; i++) {
        if (t[i].raw == R_LPAREN || t[i].raw == R_LBRACK) depth++;
        else if ((t[i].raw == R_RPAREN || t[i].raw == R_RBRACK) && --depth == 0) return i + 1;
    }
    return n;
}

static bool is_keyword(const Source *src, const Token *t)
{
    return t->raw != R_IDENT || is_any(src, t, dropped) || is_any(src, t, type_words) ||
           is_any(src, t, qualifiers);
}

/* The function's name: an identifier followed by ')'s and then '(' (its
 * parameter list); the least nested one, the last of equals. */
static size_t find_name(const Source *src, const Token *t, size_t n)
{
    size_t best = n;
    int best_depth = 1 << 30, depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].raw == R_LPAREN || t[i].raw == R_LBRACK) { depth++; continue; }
        if (t[i].raw == R_RPAREN || t[i].raw == R_RBRACK) { depth--; continue; }
        if (t[i].raw != R_IDENT || is_keyword(src, &t[i])) continue;
        size_t j = i + 1;
        while (j < n && t[j].raw == R_RPAREN) j++;
        if (j < n && t[j].raw == R_LPAREN && depth <= best_depth) {
            best = i;
            best_depth = depth;
        }
    }
    return best;
}

typedef Buf Out;

/* Appends a word, space-separated; the text stays NUL-terminated. */
static void put(Out *o, const char *s, size_t n)
{
    if (o->n > 0) o->v[o->n - 1] = ' ';
    buf_put(o, s, n);
    buf_put(o, "", 1);
}

static void put_tok(Out *o, const Source *src, const Token *t)
{
    put(o, src->text + t->pos, t->len);
}

char *return_temp_decl(const Source *src, size_t start, size_t end, const char *name,
                       bool *is_void)
{
    Token *t;
    size_t n = lex_range(src, start, end, &t);
    size_t ni = find_name(src, t, n);
    *is_void = false;
    if (ni == n) {
        free(t);
        return NULL;
    }

    /* the declaration starts after the last ';' before the name (a header
     * that begins with earlier declarations: K&R) */
    size_t first = 0;
    int d = 0;
    for (size_t i = 0; i < ni; i++) {
        if (t[i].raw == R_LPAREN || t[i].raw == R_LBRACK) d++;
        else if (t[i].raw == R_RPAREN || t[i].raw == R_RBRACK) d--;
        else if (t[i].raw == R_SEMI && d == 0) first = i + 1;
    }

    /* specifiers: up to the first '*' or '(' of the declarator */
    size_t spec_end = first;
    bool has_type_word = false;
    size_t unknown_last = n;
    for (size_t i = first; i < ni;) {
        if (t[i].raw == R_STAR || t[i].raw == R_LPAREN) break;
        if (t[i].raw == R_ATTR) { i = skip_group(t, ni, i + 1); spec_end = i; continue; }
        if (t[i].raw == R_TAG) { has_type_word = true; i += 2; spec_end = i; continue; }
        if (is_any(src, &t[i], type_words)) has_type_word = true;
        else if (t[i].raw == R_IDENT && !is_keyword(src, &t[i])) unknown_last = i;
        i = skip_group(t, ni, i + 1);
        spec_end = i;
    }

    Out o = { 0 };
    bool only_void = true;
    size_t kept = 0;
    for (size_t i = first; i < spec_end;) {
        size_t next = skip_group(t, spec_end, i + 1);
        if (t[i].raw == R_ATTR || is_any(src, &t[i], dropped)) {
            i = next;
            continue;
        }
        if (t[i].raw == R_TAG) {
            put_tok(&o, src, &t[i]);
            if (i + 1 < spec_end) put_tok(&o, src, &t[i + 1]);
            only_void = false;
            kept++;
            i += 2;
            continue;
        }
        bool unknown = t[i].raw == R_IDENT && !is_keyword(src, &t[i]);
        if (unknown && (has_type_word || i != unknown_last)) {
            i = next;       /* a macro */
            continue;
        }
        if (!is_any(src, &t[i], qualifiers)) {
            if (!is(src, &t[i], "void")) only_void = false;
            kept++;
        }
        for (size_t k = i; k < next; k++) put_tok(&o, src, &t[k]);
        i = next;
    }
    if (kept == 0) {            /* implicit int */
        put(&o, "int", 3);
        only_void = false;
    }

    /* declarator: prefix, the new name, and the suffix without the
     * parameter list, up to the end of the declarator */
    bool plain = true;
    for (size_t i = spec_end; i < ni; i++) {
        if (t[i].raw == R_ATTR) { i = skip_group(t, ni, i + 1) - 1; continue; }
        put_tok(&o, src, &t[i]);
        plain = false;
    }
    put(&o, name, strlen(name));
    size_t i = ni + 1;
    while (i < n && t[i].raw == R_RPAREN) put_tok(&o, src, &t[i++]), plain = false;
    i = skip_group(t, n, i);            /* the parameter list */
    for (; i < n; i++) {
        int r = t[i].raw;
        if (r == R_LPAREN || r == R_LBRACK) {
            size_t e = skip_group(t, n, i);
            for (size_t k = i; k < e; k++) put_tok(&o, src, &t[k]);
            i = e - 1;
            plain = false;
        } else if (r == R_RPAREN) {
            put_tok(&o, src, &t[i]);
            plain = false;
        } else {
            break;      /* attributes, asm labels, K&R parameter declarations */
        }
    }
    free(t);
    *is_void = only_void && plain;
    return o.v;
}
