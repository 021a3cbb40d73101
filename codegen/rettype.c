/* rettype.c: the return type of a function, from its definition's header,
 * for the temporary that holds a return value while exits run.
 *
 * The header is everything from the start of the declaration to the '{'.
 * Its declarator is rewritten: the function's name becomes the temporary's
 * name and its parameter list goes, so `static int (*f(int a))(int)` gives
 * `int (*cwith_ret)(int)`. Storage classes, function specifiers and
 * attributes are dropped.
 *
 * cwith does not run the preprocessor, so the type must be certain from
 * the text: object-like macros #defined in the file are replaced by their
 * text; then a header with a type keyword must have no other unknown word
 * (it might be a macro that changes the type: `unsigned MYLONG`), and one
 * without must have exactly one (the typedef name). Anything else (a
 * function-like macro in the header, preprocessor lines, implicit int,
 * two unknown words) is not guessed: the caller reports why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translator.h"

static bool is(const Source *src, const Token *t, const char *w)
{
    if (src->text[t->pos] != w[0]) return false;
    size_t n = strlen(w);
    return t->len == n && memcmp(src->text + t->pos, w, n) == 0;
}

/* The words a return type's specifiers may hold besides type names: the
 * classes below, by length and then spelling (as lexer.c's word_kind). */
enum { DROPPED = 1, TYPE = 2, QUALIFIER = 4 };

static int word_class(const char *w, size_t n)
{
#define KW(lit, class) if (!memcmp(w, lit, n)) return class
    switch (n) {
    case 3: KW("int", TYPE); break;
    case 4: KW("auto", DROPPED); KW("void", TYPE); KW("char", TYPE); KW("long", TYPE);
        KW("bool", TYPE); break;
    case 5: KW("short", TYPE); KW("float", TYPE); KW("_Bool", TYPE); KW("const", QUALIFIER); break;
    case 6: KW("static", DROPPED); KW("extern", DROPPED); KW("inline", DROPPED); KW("double", TYPE);
        KW("signed", TYPE); KW("typeof", TYPE); break;
    case 7: KW("typedef", DROPPED); KW("_BitInt", TYPE); KW("_Atomic", TYPE);
        KW("__const", QUALIFIER); break;
    case 8: KW("__inline", DROPPED); KW("noreturn", DROPPED); KW("register", DROPPED);
        KW("__thread", DROPPED); KW("unsigned", TYPE); KW("_Complex", TYPE); KW("__int128", TYPE);
        KW("_Float16", TYPE); KW("_Float32", TYPE); KW("_Float64", TYPE); KW("__typeof", TYPE);
        KW("volatile", QUALIFIER); KW("restrict", QUALIFIER); break;
    case 9: KW("_Noreturn", DROPPED); KW("constexpr", DROPPED); KW("_Float128", TYPE); break;
    case 10: KW("__inline__", DROPPED); KW("__signed__", TYPE); KW("__float128", TYPE);
        KW("_Decimal32", TYPE); KW("_Decimal64", TYPE); KW("__typeof__", TYPE);
        KW("__restrict", QUALIFIER); break;
    case 11: KW("__complex__", TYPE); KW("_Decimal128", TYPE); break;
    case 12: KW("thread_local", DROPPED); KW("__unsigned__", TYPE); KW("__restrict__", QUALIFIER);
        KW("__volatile__", QUALIFIER); break;
    case 13: KW("_Thread_local", DROPPED); KW("__extension__", DROPPED); KW("typeof_unqual", TYPE);
        break;
    }
#undef KW
    return 0;
}

/* Is t a word of one of the classes (a mask)? DROPPED: storage classes and
 * the like, which the temporary's type drops. */
static bool is_any(const Source *src, const Token *t, int classes)
{
    return (word_class(src->text + t->pos, t->len) & classes) != 0;
}

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
    return t->raw != R_IDENT || is_any(src, t, DROPPED | TYPE | QUALIFIER);
}

/* Is t `_Defer`, or `defer` or `errdefer` in a file that does not use that
 * word as a name (lexer/filter.c: then it begins a defer statement)? */
static bool defer_keyword_here(const Source *src, const Token *t)
{
    return is(src, t, "_Defer") ||
           (is(src, t, "defer") && !word_used_as_name(src, "defer")) ||
           (is(src, t, "errdefer") && !word_used_as_name(src, "errdefer"));
}

typedef VEC(Token) Tokens;
typedef VEC(size_t) Indexes;

/* Do two #defines have the same tokens? (C allows only such a redefinition.) */
static bool same_body(const Source *a, const MacroDef *ma, const Source *b, const MacroDef *mb)
{
    Token *ta, *tb;
    size_t na = lex_range(a, ma->body_start, ma->body_end, &ta);
    size_t nb = lex_range(b, mb->body_start, mb->body_end, &tb);
    bool same = na == nb && ma->function_like == mb->function_like;
    for (size_t i = 0; same && i < na; i++)
        same = ta[i].len == tb[i].len &&
               !memcmp(a->text + ta[i].pos, b->text + tb[i].pos, ta[i].len);
    free(ta);
    free(tb);
    return same;
}

/* A macro of the header whose text cwith cannot be sure of: #defined again
 * with other text (in the file or a header it read), or inside #if, which
 * cwith does not evaluate: the last #define is not necessarily the one
 * the compiler uses. */
static bool uncertain_macro(const Source *src, const Macros *macros, const MacroIndex *headers,
                            const MacroDef *m, char *why, size_t why_size)
{
    const char *name = src->text + m->name_pos;
    int len = (int)m->name_len;
    for (size_t i = 0; i < macros->n; i++) {
        const MacroDef *o = &macros->v[i];
        if (o != m && o->name_len == m->name_len && !memcmp(src->text + o->name_pos, name,
                                                            m->name_len) &&
            !same_body(src, o, src, m)) {
            snprintf(why, why_size, "the macro '%.*s' has different #defines (lines %d and %d), "
                     "and cwith does not evaluate #if to tell which one applies",
                     len, name, o->line < m->line ? o->line : m->line,
                     o->line < m->line ? m->line : o->line);
            return true;
        }
    }
    size_t at = 0;
    const Source *hsrc;
    for (const MacroDef *o; (o = header_macro_next(headers, name, m->name_len, &at, &hsrc));) {
        if (!same_body(hsrc, o, src, m)) {
            snprintf(why, why_size, "the macro '%.*s' is #defined differently in %s:%d, and "
                     "cwith does not tell which #define applies", len, name, hsrc->name, o->line);
            return true;
        }
    }
    if (m->conditional) {
        snprintf(why, why_size, "the macro '%.*s' is #defined inside #if/#ifdef (line %d), which "
                 "cwith does not evaluate (another build may define it otherwise)", len, name,
                 m->line);
        return true;
    }
    return false;
}

enum { MAX_EXPAND_DEPTH = 8, MAX_EXPANDED_TOKENS = 4096 };

/* The header's tokens with the object-like macros of the file replaced by
 * their text (to a few levels). A macro is not expanded again inside its
 * own text (C11 6.10.3.4p2): active[0..depth) are being expanded. False,
 * with *why, at a function-like one or a header too long to be a type. */
static bool expand(const Source *src, const Macros *macros, const MacroIndex *headers,
                   const Token *t, size_t n, const MacroDef **active, int depth, Tokens *out,
                   char *why, size_t why_size)
{
    for (size_t i = 0; i < n; i++) {
        const MacroDef *m = NULL;
        if (t[i].raw == R_IDENT && !is_keyword(src, &t[i]))
            m = find_macro(src, macros, t[i].pos, t[i].len);
        if (m && m->function_like && i + 1 < n && t[i + 1].raw == R_LPAREN) {
            snprintf(why, why_size, "'%.*s' is a function-like macro, which cwith does not "
                     "expand", (int)t[i].len, src->text + t[i].pos);
            return false;
        }
        for (int k = 0; m && k < depth; k++)
            if (active[k] == m) m = NULL;
        if (!m || m->function_like || depth == MAX_EXPAND_DEPTH) {
            if (out->n == MAX_EXPANDED_TOKENS) {
                snprintf(why, why_size, "its macros expand to more than %d tokens",
                         MAX_EXPANDED_TOKENS);
                return false;
            }
            vec_push(out, t[i]);
            continue;
        }
        if (uncertain_macro(src, macros, headers, m, why, why_size)) return false;
        Token *body;
        size_t nb = lex_range(src, m->body_start, m->body_end, &body);
        active[depth] = m;
        bool ok = expand(src, macros, headers, body, nb, active, depth + 1, out, why, why_size);
        free(body);
        if (!ok) return false;
    }
    return true;
}

/* The function's name: an identifier followed by ')'s and then its
 * parameter list, which nothing follows but ')'s, attributes and K&R
 * declarations (a second '(' group would mean a macro call such as
 * CAT(get_, x)(void)); the least nested one, the last of equals, but not
 * one inside the parameter list of the one taken (`int (*(f)(int k))(int)`:
 * `k )` and the `(int)` after it are no name and its parameters). */
static size_t find_name(const Source *src, const Token *t, size_t n)
{
    size_t best = n, params_end = 0;
    int best_depth = 1 << 30, depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].raw == R_LPAREN || t[i].raw == R_LBRACK) { depth++; continue; }
        if (t[i].raw == R_RPAREN || t[i].raw == R_RBRACK) { depth--; continue; }
        if (t[i].raw != R_IDENT || is_keyword(src, &t[i]) || i < params_end) continue;
        size_t j = i + 1;
        while (j < n && t[j].raw == R_RPAREN) j++;
        if (j >= n || t[j].raw != R_LPAREN || depth > best_depth) continue;
        size_t after = skip_group(t, n, j);
        if (after < n && t[after].raw == R_LPAREN) continue;
        best = i;
        best_depth = depth;
        params_end = after;
    }
    return best;
}

/* A quote that does not close on its line (the rest of the line, one
 * token): copied into one line of code it would take in what follows. */
static bool unclosed_quote(const Source *src, const Token *t)
{
    char c = src->text[t->pos];
    return t->raw == R_OTHER && (c == '"' || c == '\'');
}

/* The length of t's text to quote in a message: an unclosed quote runs to
 * the end of its line. */
static size_t token_head(const Source *src, const Token *t)
{
    return unclosed_quote(src, t) ? 1 : t->len < 40 ? t->len : 40;
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

/* After a '#' at src[i - 1]: a line marker (`# 12 "file"`), which changes
 * no token: gcc -E writes one inside a header where a macro of a system
 * header expands (`bool` of <stdbool.h>: `_Bool`, a marker, then the rest
 * of the line), and the wrapper translates that text. */
static bool is_line_marker(const Source *src, size_t i, size_t end)
{
    while (i < end && (src->text[i] == ' ' || src->text[i] == '\t')) i++;
    return i < end && src->text[i] >= '0' && src->text[i] <= '9';
}

static bool has_directive(const Source *src, size_t start, size_t end)
{
    bool line_start = true;
    for (size_t i = start; i < end; i++) {
        char c = src->text[i];
        if (c == '\n') line_start = true;
        else if (c == '#' && line_start && !is_line_marker(src, i + 1, end)) return true;
        else if (c != ' ' && c != '\t' && c != '\r') line_start = false;
    }
    return false;
}

/* The specifiers src[first, spec_end) must say the type for certain. */
static bool check_specifiers(const Source *src, const Token *t, size_t first, size_t spec_end,
                             bool has_type_word, char *why, size_t why_size)
{
    const Token *unknown[2] = { NULL, NULL };
    size_t nunknown = 0;
    for (size_t i = first; i < spec_end; i = skip_group(t, spec_end, i + 1)) {
        if (t[i].raw == R_ATTR) continue;
        if (t[i].raw == R_TAG) { i++; continue; }
        if (t[i].raw == R_IDENT && !is_keyword(src, &t[i])) {
            if (nunknown < 2) unknown[nunknown] = &t[i];
            nunknown++;
        }
    }
    if (nunknown == 0 && !has_type_word) {
        snprintf(why, why_size, "its header names no return type (implicit int, which C99 "
                 "removed, or a macro that writes the header)");
        return false;
    }
    if (nunknown > 0 && has_type_word) {
        snprintf(why, why_size, "'%.*s' may be a macro that changes the type (its #define "
                 "is not in this file)", (int)unknown[0]->len, src->text + unknown[0]->pos);
        return false;
    }
    if (nunknown > 1) {
        snprintf(why, why_size, "either '%.*s' or '%.*s' may be a macro (no #define in "
                 "this file says which is the type)", (int)unknown[0]->len,
                 src->text + unknown[0]->pos, (int)unknown[1]->len, src->text + unknown[1]->pos);
        return false;
    }
    return true;
}

/* Is `name` declared again by the parameters' tokens b[0, nb) (the list
 * and K&R declarations): after a type word or '*' and before `; , = [ ( )`,
 * or anywhere in a typedef but as its first type word? Then `name` in the
 * temporary's declaration would mean the parameter. Conservative: a
 * prototype's parameter inside the list counts too. */
static const Token *redeclared(const Source *src, const Token *b, size_t nb, const Token *name)
{
    bool in_typedef = false, first_word = false;
    for (size_t i = 0; i < nb; i++) {
        if (b[i].raw == R_SEMI || b[i].raw == R_LBRACE || b[i].raw == R_RBRACE) in_typedef = false;
        if (is(src, &b[i], "typedef")) {
            in_typedef = first_word = true;
            continue;
        }
        if (b[i].raw != R_IDENT || b[i].len != name->len ||
            memcmp(src->text + b[i].pos, src->text + name->pos, name->len)) {
            if (b[i].raw == R_IDENT && !is_any(src, &b[i], QUALIFIER)) first_word = false;
            continue;
        }
        bool after_tag = i > 0 && b[i - 1].raw == R_TAG;
        if (in_typedef && !first_word && !after_tag) return &b[i];
        first_word = false;
        int next = i + 1 < nb ? b[i + 1].raw : R_SEMI;
        bool after_type = i > 0 && (b[i - 1].raw == R_STAR ||
                                    (b[i - 1].raw == R_IDENT && !is(src, &b[i - 1], "typedef")));
        if (after_type && (next == R_SEMI || next == R_COMMA || next == R_ASSIGN ||
                           next == R_LBRACK || next == R_LPAREN || next == R_RPAREN))
            return &b[i];
    }
    return NULL;
}

/* Is `name` in the body's tokens b[0, nb) other than as a type: before a
 * name or '*' (`T x`, `T *p`, `typedef T *Tp`) or in a cast or sizeof
 * (`(T)x`: '(' not after a word)? Conservative: what else it is (`int T`,
 * `typedef char T`, `enum { T }`, `int (T)`, `as T`, a member T) is not
 * read; it may declare the name again. */
static const Token *used_otherwise(const Source *src, const Token *b, size_t nb, const Token *name)
{
    for (size_t i = 0; i < nb; i++) {
        if (b[i].raw != R_IDENT || b[i].len != name->len ||
            memcmp(src->text + b[i].pos, src->text + name->pos, name->len))
            continue;
        int next = i + 1 < nb ? b[i + 1].raw : R_SEMI;
        if (i > 0 && b[i - 1].raw == R_TAG) continue;      /* struct T: a tag */
        if (next == R_STAR || (next >= R_IDENT && next <= R_EXPR_KW)) continue;
        bool cast = i > 0 && b[i - 1].raw == R_LPAREN && next == R_RPAREN &&
                    !(i > 1 && b[i - 2].raw >= R_IDENT && b[i - 2].raw < R_EXPR_KW);
        if (!cast) return &b[i];
    }
    return NULL;
}

/* Is the tag `name` (of `struct name`) declared again in b[0, nb):
 * `struct name {` or `struct name;` in an inner scope is a new type. A
 * variable or typedef of that name is not: tags have their own names. */
static const Token *redeclared_tag(const Source *src, const Token *b, size_t nb, const Token *name)
{
    for (size_t i = 1; i + 1 < nb; i++)
        if (b[i - 1].raw == R_TAG && b[i].raw == R_IDENT && b[i].len == name->len &&
            !memcmp(src->text + b[i].pos, src->text + name->pos, name->len) &&
            (b[i + 1].raw == R_LBRACE || b[i + 1].raw == R_SEMI))
            return &b[i];
    return NULL;
}

/* Is a word of the return type, t[a, b) and t[c, d), declared again in
 * the body [body_start, body_end), or a word of t[a, b) by a parameter
 * (the parameter list and K&R declarations, t[b + 1, n))? Then why says so. */
static bool shadowed(const Source *src, const Token *t, size_t n, size_t a, size_t b, size_t c,
                     size_t d, size_t body_start, size_t body_end, char *why, size_t why_size)
{
    Token *body = NULL;
    size_t nbody = 0;
    const Token *at = NULL, *word = NULL;
    for (size_t i = a; i < b && !at; i++) {
        bool tag = i > a && t[i - 1].raw == R_TAG;
        if (t[i].raw == R_IDENT && !is_keyword(src, &t[i]) && !tag)
            at = redeclared(src, t + b + 1, n - (b + 1), word = &t[i]);
    }
    if (at) {
        snprintf(why, why_size, "a parameter of the function is named '%.*s' too (line %d), so "
                 "in its body that name is not the return type's; rename the parameter",
                 (int)word->len, src->text + word->pos, token_at(src, at->pos, at->len).line);
        return true;
    }
    for (size_t i = a; i < d && !at; i++) {
        if (i == b) i = c;
        /* the body is lexed only if it holds the word's bytes at all */
        if (i < d && t[i].raw == R_IDENT && !is_keyword(src, &t[i]) &&
            mem_contains(src->text + body_start, body_end - body_start, src->text + t[i].pos,
                         t[i].len)) {
            if (!body) nbody = lex_range(src, body_start, body_end, &body);
            word = &t[i];
            at = i > a && t[i - 1].raw == R_TAG ? redeclared_tag(src, body, nbody, word)
                                                : used_otherwise(src, body, nbody, word);
        }
    }
    if (at) {
        snprintf(why, why_size, "the function's body may declare '%.*s' again (line %d), so "
                 "that there the name is not the return type; rename the inner one",
                 (int)word->len, src->text + word->pos, token_at(src, at->pos, at->len).line);
    }
    free(body);
    return at != NULL;
}

/* A header that defines its struct, union or enum (`enum E { A, B } f(void)`)
 * names the type by its tag: the body goes (it cannot be defined twice).
 * anonymous: the indexes of the tags without a name, which cannot be named
 * again; whether one is in the return type is known once the name is
 * found (a parameter's may be anonymous). */
static void drop_tag_bodies(Tokens *toks, Indexes *anonymous)
{
    size_t k = 0;
    for (size_t i = 0; i < toks->n; i++) {
        Token tk = toks->v[i];
        toks->v[k++] = tk;
        if (tk.raw != R_TAG) continue;
        size_t j = i + 1;
        while (j < toks->n && toks->v[j].raw == R_ATTR) j = skip_group(toks->v, toks->n, j + 1);
        bool named = j < toks->n && toks->v[j].raw == R_IDENT;
        size_t open = named ? j + 1 : j;
        if (open >= toks->n || toks->v[open].raw != R_LBRACE) continue;
        if (!named) vec_push(anonymous, k - 1);
        for (size_t m = i + 1; m < open; m++) toks->v[k++] = toks->v[m];
        int depth = 0;
        for (i = open; i < toks->n; i++) {
            if (toks->v[i].raw == R_LBRACE) depth++;
            else if (toks->v[i].raw == R_RBRACE && --depth == 0) break;
        }
    }
    toks->n = k;
}

/* The first anonymous tag in the return type of the function named t[ni]:
 * before the name, or after the function's own parameters in the
 * declarator (`int (*f(void))(struct { int x; } *)`); not in those
 * parameters or in K&R declarations. NULL: none. */
static const Token *anonymous_in_return_type(const Token *t, size_t n, size_t first, size_t ni,
                                             const Indexes *anonymous)
{
    size_t own = ni + 1;
    while (own < n && t[own].raw == R_RPAREN) own++;    /* `int (f)(void)` */
    size_t own_end = skip_group(t, n, own), end = own_end;
    while (end < n && (t[end].raw == R_RPAREN || t[end].raw == R_LPAREN ||
                       t[end].raw == R_LBRACK))
        end = t[end].raw == R_RPAREN ? end + 1 : skip_group(t, n, end);
    for (size_t k = 0; k < anonymous->n; k++) {
        size_t a = anonymous->v[k];
        if ((a >= first && a < ni) || (a >= own_end && a < end)) return &t[a];
    }
    return NULL;
}

/* The index in vt->keys of t's spelling; if it has none, a new one
 * (add) or SIZE_MAX. The table doubles when half full. */
static size_t typedef_key(const Source *src, VoidTypedefs *vt, const Token *t, bool add)
{
    size_t size = vt->slot ? vt->mask + 1 : 0;
    if (add && 2 * (vt->keys.n + 1) > size) {
        free(vt->slot);
        vt->mask = size ? 2 * size - 1 : 255;
        vt->slot = xcalloc(vt->mask + 1, sizeof *vt->slot);
        for (size_t i = 0; i < vt->keys.n; i++) {
            const Token *k = &vt->keys.v[i].name;
            size_t h = hash_bytes(src->text + k->pos, k->len) & vt->mask;
            while (vt->slot[h]) h = (h + 1) & vt->mask;
            vt->slot[h] = i + 1;
        }
    }
    if (!vt->slot) return SIZE_MAX;
    const char *name = src->text + t->pos;
    size_t h = hash_bytes(name, t->len) & vt->mask;
    for (size_t s; (s = vt->slot[h]); h = (h + 1) & vt->mask) {
        const Token *k = &vt->keys.v[s - 1].name;
        if (k->len == t->len && !memcmp(src->text + k->pos, name, t->len)) return s - 1;
    }
    if (!add) return SIZE_MAX;
    vec_push(&vt->keys, ((TypedefKey){ *t, { 0, 0 } }));
    vt->slot[h] = vt->keys.n;
    return vt->keys.n - 1;
}

/* Is t named in vt: as a void typedef (is_void) or by another typedef? */
static bool in_typedefs(const Source *src, VoidTypedefs *vt, const Token *t, bool is_void)
{
    size_t key = typedef_key(src, vt, t, false);
    return key != SIZE_MAX && vt->keys.v[key].in_scope[is_void] > 0;
}

static void add_typedef_name(const Source *src, VoidTypedefs *vt, const Token *t, bool is_void)
{
    size_t key = typedef_key(src, vt, t, true);
    vt->keys.v[key].in_scope[is_void]++;
    vec_push(&vt->names, ((TypedefName){ key, vt->depth, is_void }));
}

void void_typedefs_free(VoidTypedefs *vt)
{
    vec_free(&vt->names);
    vec_free(&vt->keys);
    free(vt->slot);
    vt->slot = NULL;
}

/* The words of a typedef that is not of the void form, from after the
 * `typedef` at b[i]: every identifier after its first type word (a tag
 * and its name count as one), outside braces and parameter lists (a '('
 * after a name or a ')': `typedef int (*F)(V *p);` names F, not V), up to
 * its ';'. */
static void add_other_typedef(const Source *src, VoidTypedefs *vt, const Token *b, size_t nb, size_t i)
{
    bool type_word = false;
    int braces = 0;
    for (size_t k = i + 1; k < nb; k++) {
        if (b[k].raw == R_LBRACE) braces++;
        else if (b[k].raw == R_RBRACE && --braces < 0) return;
        else if (b[k].raw == R_SEMI && braces == 0) return;
        else if (braces > 0 || b[k].raw == R_ATTR) continue;
        else if (b[k].raw == R_LPAREN && type_word &&
                 (b[k - 1].raw == R_RPAREN ||
                  (b[k - 1].raw == R_IDENT && !is_any(src, &b[k - 1], TYPE))))
            k = skip_group(b, nb, k) - 1;
        else if (b[k].raw == R_TAG) type_word = true, k += k + 1 < nb && b[k + 1].raw == R_IDENT;
        else if (b[k].raw != R_IDENT || is_any(src, &b[k], QUALIFIER)) continue;
        else if (!type_word) type_word = true;
        else add_typedef_name(src, vt, &b[k], false);
    }
}

/* Past a declarator that is a name alone, maybe in parentheses (`V`,
 * `(V)`), from b[k], if it ends at a ',' or the ';' at `semi`; else k.
 * *name: the name. */
static size_t plain_declarator(const Token *b, size_t k, size_t semi, size_t *name)
{
    size_t open = 0, i = k;
    while (i < semi && b[i].raw == R_LPAREN) open++, i++;
    if (i >= semi || b[i].raw != R_IDENT) return k;
    *name = i++;
    for (size_t c = 0; c < open; c++, i++)
        if (i >= semi || b[i].raw != R_RPAREN) return k;
    return i < semi && b[i].raw != R_COMMA ? k : i;
}

/* A typedef declaration b[decl, semi) (`typedef` among its specifiers,
 * before or after the type: `void typedef V;`): of the void form when its
 * type is void alone (or a void typedef), with qualifiers and attributes;
 * then each declarator that is a name alone (`V`, `(V)`) names a void
 * typedef, the others (`*P`, `(*F)(int)`) a typedef that is not. False if
 * it is not of that form. */
static bool add_void_typedef(const Source *src, VoidTypedefs *vt, const Token *b, size_t decl,
                             size_t semi)
{
    int voids = 0;
    size_t k = decl;
    for (; k < semi; k++) {
        if (b[k].raw == R_ATTR) { k = skip_group(b, semi, k + 1) - 1; continue; }
        if (b[k].raw != R_IDENT && b[k].raw != R_ASM_QUAL) break;
        if (k + 1 == semi || b[k + 1].raw == R_COMMA || b[k + 1].raw == R_RPAREN)
            break;                  /* the first declarator's name */
        if (is_any(src, &b[k], QUALIFIER) || is(src, &b[k], "typedef")) continue;
        if (is(src, &b[k], "void") || in_typedefs(src, vt, &b[k], true)) voids++;
        else return false;
    }
    if (voids != 1 || k >= semi) return false;
    while (k < semi) {
        size_t name = 0, next = plain_declarator(b, k, semi, &name);
        bool plain = next != k;
        if (!plain) {               /* its name: the first word not a qualifier */
            int depth = 0;
            for (next = k; next < semi && (b[next].raw != R_COMMA || depth > 0); next++) {
                depth += b[next].raw == R_LPAREN ? 1 : b[next].raw == R_RPAREN ? -1 : 0;
                if (!name && b[next].raw == R_IDENT && !is_any(src, &b[next], QUALIFIER))
                    name = next;
            }
        }
        if (name) add_typedef_name(src, vt, &b[name], plain);
        k = next + (next < semi);           /* past the ',' */
    }
    return true;
}

/* Is the word t a void typedef declared before `start`? 1: yes, 0: no,
 * -1: it is, and another typedef names it too (#if branches: cwith cannot
 * tell which one applies). The text is read once, from where the last
 * call stopped: declarations whose type is void alone (add_void_typedef),
 * the others' names as not void. Tokens, so comments do not count. */
static int is_void_typedef(const Source *src, VoidTypedefs *vt, size_t start, const Token *t)
{
    if (!vt) return 0;
    if (start > vt->scanned) {
        Token *b;
        size_t nb = vt->scanned == 0 ? lex_range_at_line(src, 0, start, &b)   /* #if 0 first */
                                     : lex_range(src, vt->scanned, start, &b);
        vt->scanned = start;
        size_t decl = 0;            /* where the declaration at i began */
        for (size_t i = 0; i < nb; i++) {
            if (b[i].raw == R_LBRACE) vt->depth++;
            if (b[i].raw == R_RBRACE && vt->depth > 0) {
                /* the block's typedefs go out of scope */
                vt->depth--;
                while (vt->names.n && vt->names.v[vt->names.n - 1].depth > vt->depth) {
                    const TypedefName *gone = &vt->names.v[--vt->names.n];
                    vt->keys.v[gone->key].in_scope[gone->is_void]--;
                }
            }
            if (b[i].raw == R_LBRACE || b[i].raw == R_RBRACE || b[i].raw == R_SEMI) {
                decl = i + 1;
                continue;
            }
            if (!is(src, &b[i], "typedef")) continue;
            size_t semi = i;        /* its ';', if no brace comes first */
            int parens = 0;
            while (semi < nb && b[semi].raw != R_LBRACE && b[semi].raw != R_RBRACE &&
                   (b[semi].raw != R_SEMI || parens > 0)) {
                parens += b[semi].raw == R_LPAREN ? 1 : b[semi].raw == R_RPAREN ? -1 : 0;
                semi++;
            }
            if (semi < nb && b[semi].raw == R_SEMI && add_void_typedef(src, vt, b, decl, semi)) {
                i = semi;
                decl = i + 1;
            } else {
                add_other_typedef(src, vt, b, nb, i);
            }
        }
        free(b);
    }
    if (!in_typedefs(src, vt, t, true)) return 0;
    return in_typedefs(src, vt, t, false) ? -1 : 1;
}

char *return_temp_decl(const Source *src, const Macros *macros, const MacroIndex *headers,
                       VoidTypedefs *void_typedefs, size_t start, size_t end, size_t body_end,
                       const char *name, bool *is_void, char *why, size_t why_size)
{
    *is_void = false;
    why[0] = 0;
    if (has_directive(src, start, end)) {
        snprintf(why, why_size, "its header has preprocessor lines");
        return NULL;
    }
    Token *raw;
    size_t nraw = lex_range(src, start, end, &raw);
    Tokens toks = { 0 };
    const MacroDef *active[MAX_EXPAND_DEPTH];
    bool expanded = expand(src, macros, headers, raw, nraw, active, 0, &toks, why, why_size);
    Indexes anonymous = { 0 };
    if (expanded) drop_tag_bodies(&toks, &anonymous);
    free(raw);
    Token *t = toks.v;
    size_t n = toks.n;
    size_t ni = expanded ? find_name(src, t, n) : n;
    if (ni == n) {
        if (expanded) snprintf(why, why_size, "its header has no function name cwith can find");
        vec_free(&anonymous);
        goto fail;
    }

    /* the declaration starts after the last ';' before the name (a header
     * that begins with earlier declarations: K&R), or after a ')', ']' or
     * '}' that closes nothing (a stray one before the function; tag
     * bodies are gone) */
    size_t first = 0;
    int d = 0;
    for (size_t i = 0; i < ni; i++) {
        if (t[i].raw == R_LPAREN || t[i].raw == R_LBRACK) d++;
        else if ((t[i].raw == R_RPAREN || t[i].raw == R_RBRACK) && --d < 0) d = 0, first = i + 1;
        else if ((t[i].raw == R_SEMI || t[i].raw == R_RBRACE) && d == 0) first = i + 1;
    }

    for (size_t i = first; i < n; i++) {
        if (is(src, &t[i], "cwith_take")) {
            /* the temporary's declaration, in the body, would take */
            snprintf(why, why_size, "its header holds cwith_take, which the temporary's "
                     "declaration would put in the function's body");
            vec_free(&anonymous);
            goto fail;
        }
    }

    const Token *anon = anonymous_in_return_type(t, n, first, ni, &anonymous);
    vec_free(&anonymous);
    if (anon) {
        snprintf(why, why_size, "its return type is an anonymous %.*s, which cannot be "
                 "named again for the temporary; give it a tag or a typedef name",
                 (int)anon->len, src->text + anon->pos);
        goto fail;
    }

    /* specifiers: up to the first '*' or '(' of the declarator; `[[...]]`
     * attributes go */
    size_t spec_end = first;
    bool has_type_word = false;
    for (size_t i = first; i < ni;) {
        if (t[i].raw == R_STAR || t[i].raw == R_LPAREN) break;
        if (t[i].raw == R_LBRACK) { i = skip_group(t, ni, i); spec_end = i; continue; }
        if (t[i].raw == R_ATTR) { i = skip_group(t, ni, i + 1); spec_end = i; continue; }
        if (t[i].raw == R_TAG) { has_type_word = true; i += 2; spec_end = i; continue; }
        if (t[i].raw != R_IDENT && t[i].raw != R_ASM_QUAL && t[i].raw != R_EXTERN) {
            /* a literal, a number, an operator: not a header cwith understands */
            snprintf(why, why_size, "'%.*s' stands before the function's name, where only "
                     "the type, storage classes and attributes go", (int)token_head(src, &t[i]),
                     src->text + t[i].pos);
            goto fail;
        }
        if (is(src, &t[i], "with")) {
            /* the temporary's declaration, `with (cwith_ret) = ...;`,
             * would read as a with-statement */
            snprintf(why, why_size, "the return type is named 'with', which the temporary's "
                     "declaration would make a with-statement");
            goto fail;
        }
        if (is_any(src, &t[i], TYPE)) has_type_word = true;
        size_t next = skip_group(t, ni, i + 1);
        if (next == ni && i + 1 < ni) {     /* `int (f)(void)`: that '(' holds the */
            spec_end = i + 1;               /* name, it opens the declarator */
            break;
        }
        i = next;
        spec_end = i;
    }
    if (!check_specifiers(src, t, first, spec_end, has_type_word, why, why_size))
        goto fail;

    /* `name` may begin with qualifiers for the temporary (`volatile
     * cwith_ret`): they go where they qualify the object itself, after the
     * declarator's last '*' before the name, or without one after the
     * specifiers (`int (volatile x)` is no C); and the return type's own
     * `const` there goes (it has no effect on the value, C17 6.7.6.3p4, and
     * a defer's temporary is assigned after its declaration) */
    const char *ident = strrchr(name, ' ');
    ident = ident ? ident + 1 : name;
    size_t last_star = ni;
    for (size_t i = spec_end; i < ni; i++) {
        if (t[i].raw == R_ATTR) { i = skip_group(t, ni, i + 1) - 1; continue; }
        if (t[i].raw == R_STAR) last_star = i;
    }
    Out o = { 0 };
    bool only_void = true;
    for (size_t i = first; i < spec_end;) {
        size_t next = skip_group(t, spec_end, i + 1);
        if (last_star == ni && is(src, &t[i], "const")) {
            i = next;
            continue;
        }
        if (t[i].raw == R_ATTR || t[i].raw == R_LBRACK || is_any(src, &t[i], DROPPED)) {
            i = t[i].raw == R_LBRACK ? skip_group(t, spec_end, i) : next;
            continue;
        }
        if (t[i].raw == R_TAG) {
            put_tok(&o, src, &t[i]);
            if (i + 1 < spec_end) put_tok(&o, src, &t[i + 1]);
            only_void = false;
            i += 2;
            continue;
        }
        if (only_void && !is_any(src, &t[i], QUALIFIER) && !is(src, &t[i], "void")) {
            int v = is_any(src, &t[i], TYPE) ? 0 : is_void_typedef(src, void_typedefs, start, &t[i]);
            if (v < 0) {
                snprintf(why, why_size, "'%.*s' is a typedef of void and is declared by another "
                         "typedef too, and cwith does not evaluate #if to tell which one applies",
                         (int)t[i].len, src->text + t[i].pos);
                free(o.v);
                goto fail;
            }
            if (v == 0) only_void = false;
        }
        if (o.n == 0 && defer_keyword_here(src, &t[i])) {
            /* the temporary's declaration starts a statement:
             * `defer * cwith_ret = ...;` would read as a defer */
            snprintf(why, why_size, "the return type begins with '%.*s', which would make the "
                     "temporary's declaration a defer statement", (int)t[i].len,
                     src->text + t[i].pos);
            free(o.v);
            goto fail;
        }
        for (size_t k = i; k < next; k++) put_tok(&o, src, &t[k]);
        i = next;
    }

    if (last_star == ni && ident > name) put(&o, name, (size_t)(ident - 1 - name));

    /* declarator: prefix, the new name, and the suffix without the
     * parameter list, up to the end of the declarator */
    bool plain = true;
    /* `void (f)(int)`, `void (f(int))`: parentheses around the name only
     * leave the type void */
    bool parens_only = true;
    bool after_star = false;
    for (size_t i = spec_end; i < ni; i++) {
        if (t[i].raw == R_ATTR) { i = skip_group(t, ni, i + 1) - 1; continue; }
        if (t[i].raw != R_LPAREN) parens_only = false;
        if (after_star && is(src, &t[i], "const")) continue;
        after_star = after_star && is_any(src, &t[i], QUALIFIER);
        if (t[i].raw == R_OTHER || t[i].raw == R_STRING || t[i].raw == R_CHAR ||
            t[i].raw == R_NUMBER) {
            snprintf(why, why_size, "'%.*s' is no part of a declarator", (int)token_head(src, &t[i]),
                     src->text + t[i].pos);
            free(o.v);
            goto fail;
        }
        put_tok(&o, src, &t[i]);
        plain = false;
        if (i == last_star) {
            if (ident > name) put(&o, name, (size_t)(ident - 1 - name));
            after_star = true;
        }
    }
    put(&o, ident, strlen(ident));
    size_t i = ni + 1;
    while (i < n && t[i].raw == R_RPAREN) put_tok(&o, src, &t[i++]), plain = false;
    i = skip_group(t, n, i);            /* the parameter list */
    size_t suffix = i;
    for (; i < n; i++) {
        int r = t[i].raw;
        if (r == R_LPAREN || r == R_LBRACK) {
            size_t e = skip_group(t, n, i);
            for (size_t k = i; k < e; k++) {
                if (unclosed_quote(src, &t[k])) {
                    snprintf(why, why_size, "a quote in its header is not closed on its line");
                    free(o.v);
                    goto fail;
                }
                put_tok(&o, src, &t[k]);
            }
            i = e - 1;
            plain = parens_only = false;
        } else if (r == R_RPAREN) {
            put_tok(&o, src, &t[i]);
            plain = false;
        } else {
            break;      /* attributes, asm labels, K&R parameter declarations */
        }
    }
    if (shadowed(src, t, n, first, ni, suffix, i, end, body_end, why, why_size)) {
        free(o.v);
        goto fail;
    }
    vec_free(&toks);
    *is_void = only_void && (plain || parens_only);
    return o.v;

fail:
    vec_free(&toks);
    return NULL;
}
