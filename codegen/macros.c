/* macros.c: jumps hidden in macros.
 *
 * cwith does not expand macros, so a with body that calls `CHECK(x)`,
 * defined as `if (!(x)) return -1`, would leave the with-statement without
 * its exits. The #defines cwith can see (those of the input) are read: a
 * macro "escapes" when its text holds `return` or `goto`, a `break` or
 * `continue` that no loop (or switch) of its own encloses, or another macro
 * that escapes. A with body that uses such a macro where the jump would
 * leave the with-statement is refused, naming the macro. Macros defined
 * elsewhere (other headers) are not seen and are trusted; the README says so.
 */
#include <string.h>
#include "translator.h"

enum {
    ESC_KNOWN = 1,          /* computed */
    ESC_LEAVE = 2,          /* return or goto: leaves any statement */
    ESC_BREAK = 4,
    ESC_CONTINUE = 8,
    ESC_BUSY = 16,          /* being computed (a macro that uses itself) */
    ESC_BRACES = 32         /* opens or closes a brace of its own: the block
                               structure cwith sees is not the compiler's */
};

struct MacroIndex {
    const Source *src;
    const Macros *macros;   /* still growing while the input is read */
    size_t indexed;         /* definitions in the table so far */
    size_t *slot;           /* 1 + index of the last definition of a name, 0: empty */
    size_t mask;
    unsigned char *escapes; /* ESC_* per definition */
};

static size_t hash_name(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void insert(MacroIndex *ix, size_t i)
{
    const MacroDef *m = &ix->macros->v[i];
    const char *name = ix->src->text + m->name_pos;
    size_t h = hash_name(name, m->name_len) & ix->mask;
    for (;; h = (h + 1) & ix->mask) {
        size_t s = ix->slot[h];
        if (!s) break;
        const MacroDef *o = &ix->macros->v[s - 1];
        if (o->name_len == m->name_len && !memcmp(ix->src->text + o->name_pos, name, m->name_len))
            break;
    }
    ix->slot[h] = i + 1;        /* the last definition wins */
}

/* Takes in the definitions read since the last call (the table doubles
 * when half full, so this stays linear in the number of #defines). */
static void update(MacroIndex *ix)
{
    size_t n = ix->macros->n;
    if (n == ix->indexed) return;
    ix->escapes = xrealloc(ix->escapes, n);
    memset(ix->escapes + ix->indexed, 0, n - ix->indexed);
    if (2 * n > ix->mask + 1) {
        size_t size = 2 * (ix->mask + 1);
        while (size < 2 * n) size *= 2;
        free(ix->slot);
        ix->slot = xmalloc(size * sizeof *ix->slot);
        memset(ix->slot, 0, size * sizeof *ix->slot);
        ix->mask = size - 1;
        ix->indexed = 0;
    }
    for (size_t i = ix->indexed; i < n; i++) insert(ix, i);
    ix->indexed = n;
}

MacroIndex *macro_index_new(const Source *src, const Macros *macros)
{
    MacroIndex *ix = xmalloc(sizeof *ix);
    memset(ix, 0, sizeof *ix);
    ix->src = src;
    ix->macros = macros;
    ix->mask = 15;
    ix->slot = xmalloc(16 * sizeof *ix->slot);
    memset(ix->slot, 0, 16 * sizeof *ix->slot);
    return ix;
}

void macro_index_free(MacroIndex *ix)
{
    if (!ix) return;
    free(ix->slot);
    free(ix->escapes);
    free(ix);
}

static size_t lookup(const MacroIndex *ix, const char *name, size_t len)
{
    size_t h = hash_name(name, len) & ix->mask;
    for (size_t s; (s = ix->slot[h]); h = (h + 1) & ix->mask) {
        const MacroDef *m = &ix->macros->v[s - 1];
        if (m->name_len == len && !memcmp(ix->src->text + m->name_pos, name, len)) return s;
    }
    return 0;
}

/* Index after the statement that starts at i (a block or up to ';'). */
static size_t statement_end(const Token *t, size_t n, size_t i)
{
    int depth = 0;
    bool block = i < n && t[i].raw == R_LBRACE;
    for (; i < n; i++) {
        int r = t[i].raw;
        if (r == R_LBRACE || r == R_LPAREN || r == R_LBRACK) depth++;
        else if (r == R_RBRACE || r == R_RPAREN || r == R_RBRACK) {
            if (--depth == 0 && block) return i + 1;
            if (depth < 0) return i;
        } else if (r == R_SEMI && depth == 0 && !block) {
            return i + 1;
        }
    }
    return n;
}

static size_t group_end(const Token *t, size_t n, size_t i)
{
    int depth = 0;
    for (; i < n; i++) {
        if (t[i].raw == R_LPAREN) depth++;
        else if (t[i].raw == R_RPAREN && --depth == 0) return i + 1;
    }
    return n;
}

static unsigned escapes_of(MacroIndex *ix, size_t def, int depth);

/* The escapes of a token list: the regions of its own loops and switches
 * enclose the break and continue inside them. */
static unsigned escapes_in(MacroIndex *ix, const Token *t, size_t n, int depth)
{
    size_t loop_end = 0, switch_end = 0;    /* innermost regions (nested ones end sooner) */
    VEC(size_t) loops = { 0 }, switches = { 0 };
    unsigned esc = 0;
    int braces = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].raw == R_LBRACE) braces++;
        else if (t[i].raw == R_RBRACE && --braces < 0) esc |= ESC_BRACES;
        while (loops.n && loops.v[loops.n - 1] <= i) loops.n--;
        while (switches.n && switches.v[switches.n - 1] <= i) switches.n--;
        loop_end = loops.n ? loops.v[loops.n - 1] : 0;
        switch_end = switches.n ? switches.v[switches.n - 1] : 0;
        bool in_loop = loop_end > i, in_switch = switch_end > i;
        switch (t[i].raw) {
        case R_FOR: case R_WHILE: case R_SWITCH: {
            size_t body = group_end(t, n, i + 1);
            size_t end = statement_end(t, n, body);
            if (t[i].raw == R_SWITCH) vec_push(&switches, end);
            else vec_push(&loops, end);
            break;
        }
        case R_DO:
            vec_push(&loops, statement_end(t, n, i + 1));
            break;
        case R_RETURN: case R_GOTO:
            esc |= ESC_LEAVE;
            break;
        case R_BREAK:
            if (!in_loop && !in_switch) esc |= ESC_BREAK;
            break;
        case R_CONTINUE:
            if (!in_loop) esc |= ESC_CONTINUE;
            break;
        case R_IDENT: {
            size_t def = lookup(ix, ix->src->text + t[i].pos, t[i].len);
            if (!def) break;
            unsigned inner = escapes_of(ix, def - 1, depth + 1);
            if (in_loop) inner &= ~(unsigned)(ESC_BREAK | ESC_CONTINUE);
            if (in_switch) inner &= ~(unsigned)ESC_BREAK;
            esc |= inner & (ESC_LEAVE | ESC_BREAK | ESC_CONTINUE | ESC_BRACES);
            break;
        }
        default:
            break;
        }
    }
    if (braces != 0) esc |= ESC_BRACES;
    vec_free(&loops);
    vec_free(&switches);
    return esc;
}

static unsigned escapes_of(MacroIndex *ix, size_t def, int depth)
{
    unsigned char *e = &ix->escapes[def];
    if (*e & ESC_KNOWN) return *e;
    if ((*e & ESC_BUSY) || depth > 16) return 0;
    *e |= ESC_BUSY;
    const MacroDef *m = &ix->macros->v[def];
    Token *t;
    size_t n = lex_range(ix->src, m->body_start, m->body_end, &t);
    unsigned esc = escapes_in(ix, t, n, depth);
    free(t);
    *e = (unsigned char)(esc | ESC_KNOWN);
    return *e;
}

/* ------------------------------------------------------------ with bodies */

static bool in_body(const Node *n, size_t pos)
{
    return n->body && pos >= n->body->start && pos < n->body->end;
}

/* The last defer among a block's statements before pos, whose scope then
 * holds pos, or NULL. */
static const Node *defer_before(const Node *block, size_t pos)
{
    const Node *last = NULL;
    if (block->kind != N_BLOCK && block->kind != N_STMT_EXPR && block->kind != N_FUNC)
        return NULL;
    for (const Node *k = block->kids; k && k->start < pos; k = k->next)
        if (k->kind == N_DEFER && k->end <= pos) last = k;
    return last;
}

/* The with-statement (or defer statement) a jump of kind `esc` at pos
 * would leave, or NULL. */
static const Node *with_left(const Node *at, size_t pos, unsigned esc, bool defers)
{
    for (const Node *p = at; p; p = p->parent) {
        const Node *d = defers ? defer_before(p, pos) : NULL;
        if (d) return d;
        if (p->kind == N_FUNC) break;
        if (!in_body(p, pos)) continue;
        if (p->kind == N_WITH) return p;
        bool loop = p->kind == N_FOR || p->kind == N_WHILE || p->kind == N_DO ||
                    p->kind == N_MACRO;
        if (esc == ESC_CONTINUE && loop) return NULL;
        if (esc == ESC_BREAK && (loop || p->kind == N_SWITCH)) return NULL;
    }
    return NULL;
}

/* Where a token of the body lexed from its '{' (lex_range counts lines
 * and columns from there) is in the file: no scan from the file's start
 * for each macro use. */
static Token in_file(const Token *lbrace, const Token *t)
{
    Token at = *t;
    if (at.line == 1) at.col += lbrace->col - 1;
    at.line += lbrace->line - 1;
    return at;
}

bool check_hidden_jumps(Node *func, MacroIndex *ix, Diag *diag)
{
    update(ix);
    if (ix->macros->n == 0) return true;
    int errors = diag->errors;
    Token *t;
    size_t n = lex_range(ix->src, func->body_start, func->end, &t);
    for (size_t i = 0; i < n; i++) {
        if (t[i].raw != R_IDENT) continue;
        size_t def = lookup(ix, ix->src->text + t[i].pos, t[i].len);
        if (!def) continue;
        unsigned esc = escapes_of(ix, def - 1, 0);
        if (!(esc & (ESC_BRACES | ESC_LEAVE | ESC_BREAK | ESC_CONTINUE))) continue;
        const MacroDef *m = &ix->macros->v[def - 1];
        Token use = in_file(&func->tok, &t[i]);
        Token def_tok = token_at(ix->src, m->name_pos, m->name_len);
        if (esc & ESC_BRACES) {
            error_at(diag, &use, "the macro '%.*s' opens or closes a brace of its own: cwith "
                     "does not expand macros, so it cannot see the blocks of this function, "
                     "which holds a with-statement", (int)t[i].len, ix->src->text + t[i].pos);
            note_at(diag, &def_tok, "'%.*s' is defined here", (int)m->name_len,
                    ix->src->text + m->name_pos);
            continue;
        }
        if (!(esc & (ESC_LEAVE | ESC_BREAK | ESC_CONTINUE))) continue;
        const Node *at = node_at(func, t[i].pos);
        const Node *w = NULL;
        const char *how = "return or goto";
        bool defers = func->has_defer;
        if (esc & ESC_LEAVE) w = with_left(at, t[i].pos, ESC_LEAVE, defers);
        if (!w && (esc & ESC_BREAK))
            w = with_left(at, t[i].pos, ESC_BREAK, defers), how = "break";
        if (!w && (esc & ESC_CONTINUE))
            w = with_left(at, t[i].pos, ESC_CONTINUE, defers), how = "continue";
        if (!w) continue;
        bool is_defer = w->kind == N_DEFER;
        error_at(diag, &use, "the macro '%.*s' may leave %s (it holds a %s), and cwith does "
                 "not expand macros: %s would not run", (int)t[i].len, ix->src->text + t[i].pos,
                 is_defer ? "the scope of a defer statement" : "the with-statement", how,
                 is_defer ? "the deferred statement" : "the exits");
        note_at(diag, &def_tok, is_defer ? "'%.*s' is defined here; write the jump out in "
                "the defer's block" : "'%.*s' is defined here; write the jump out in the with body",
                (int)m->name_len, ix->src->text + m->name_pos);
        note_at(diag, &w->tok, is_defer ? "the defer statement is here"
                                        : "the with-statement is here");
    }
    free(t);
    return diag->errors == errors;
}
