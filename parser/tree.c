/* tree.c: statement tree nodes, built by the grammar's actions.
 *
 * Nodes live in the context's arena, which the driver empties after each
 * top-level function: the translator holds one function's tree at a time,
 * whatever the size of the file.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tree.h"

static Node *node(ParseContext *ctx, NodeKind kind, const Token *tok, size_t start, size_t end)
{
    Node *n = arena_alloc(ctx->arena, sizeof *n);
    n->kind = kind;
    if (tok) n->tok = *tok;
    n->start = start;
    n->end = end;
    return n;
}

static size_t tok_end(const Token *t)
{
    return t->pos + t->len;
}

NodeList list_append(NodeList list, Node *n)
{
    if (!n) return list;
    if (list.tail) list.tail->next = n;
    else list.head = n;
    /* n may already head a list (a joined span's kids) */
    Node *t = n;
    while (t->next) t = t->next;
    list.tail = t;
    return list;
}

static NodeList list_concat(NodeList a, NodeList b)
{
    if (!a.head) return b;
    if (!b.head) return a;
    a.tail->next = b.head;
    a.tail = b.tail;
    return a;
}

/* The deepest node below n (n itself at least) whose bytes hold pos. */
const Node *node_at(const Node *n, size_t pos)
{
    for (;;) {
        const Node *inner = NULL;
        for (const Node *c = n->kids; c && !inner; c = c->next)
            if (pos >= c->start && pos < c->end) inner = c;
        if (!inner && n->body && pos >= n->body->start && pos < n->body->end) inner = n->body;
        if (!inner && n->else_body && pos >= n->else_body->start && pos < n->else_body->end)
            inner = n->else_body;
        if (!inner) return n;
        n = inner;
    }
}

static bool holds(const Node *n, size_t pos)
{
    return pos >= n->start && pos < n->end;
}

/* node_at for positions in non-decreasing order: the search starts from
 * the node found last, climbing to the first node that holds pos, and
 * scans that node's kids from where the last search left them, so the
 * kids of a long block are passed once in all, not once per position (a
 * with body of 30,000 macro uses). Kids are in source order and do not
 * overlap: the first kid that ends after pos holds it or comes after it.
 * Gives what node_at gives. */
const Node *node_cursor_at(NodeCursor *c, size_t pos)
{
    const Node *n = c->last, *scan = c->resume, *prev = c->before;
    if (!n || pos < c->last_pos) n = c->root, scan = n->kids, prev = NULL;
    while (n != c->root && !holds(n, pos)) {
        const Node *up = n->parent;
        if (!up) return node_at(c->root, pos);    /* parents not linked */
        /* out of a body, the parent's kids may be after it (a do
         * statement's condition): scanned again, once per body */
        bool in_body = n == up->body || n == up->else_body;
        scan = in_body ? up->kids : n->next;
        prev = in_body ? NULL : n;
        n = up;
    }
    c->last_pos = pos;
    for (;;) {
        const Node *inner = NULL, *k = scan;
        while (k && k->end <= pos) prev = k, k = k->next;
        if (k && k->start <= pos) inner = k;
        if (!inner && n->body && holds(n->body, pos)) inner = n->body;
        if (!inner && n->else_body && holds(n->else_body, pos)) inner = n->else_body;
        if (!inner) {
            c->last = n;
            c->resume = k;
            c->before = prev;
            return n;
        }
        n = inner;
        scan = n->kids;
        prev = NULL;
    }
}

/* ---------------------------------------------------------------- spans */

Span span_empty(void)
{
    Span s = { SIZE_MAX, 0, { NULL, NULL } };
    return s;
}

Span span_tok(const Token *tok)
{
    Span s = { tok->pos, tok_end(tok), { NULL, NULL } };
    return s;
}

Span span_join(Span a, Span b)
{
    Span s;
    s.start = a.start < b.start ? a.start : b.start;
    s.end = a.end > b.end ? a.end : b.end;
    s.kids = list_concat(a.kids, b.kids);
    return s;
}

Span span_group(const Token *open, NodeList kids, const Token *close)
{
    Span s = { open->pos, tok_end(close), kids };
    return s;
}

Span span_stmt_expr(ParseContext *ctx, const Token *lparen, const Token *lbrace, NodeList items,
                    const Token *rbrace, const Token *rparen)
{
    Node *n = node(ctx, N_STMT_EXPR, lbrace, lbrace->pos, tok_end(rbrace));
    n->kids = items.head;
    n->close_pos = rbrace->pos;
    Span s = { lparen->pos, tok_end(rparen), { n, n } };
    return s;
}

/* ----------------------------------------------------------- statements */

Node *new_function(ParseContext *ctx, const Token *lbrace, NodeList items,
                   Node *trailing, const Token *rbrace)
{
    Node *n = node(ctx, N_FUNC, lbrace, lbrace->aux, tok_end(rbrace));
    n->header_start = lbrace->aux;
    n->body_start = lbrace->pos;
    n->close_pos = rbrace->pos;
    n->kids = list_append(items, trailing).head;
    return n;
}

Node *new_nested_function(const Span *header, Node *func)
{
    if (header->start < func->start) {
        func->start = header->start;
        func->header_start = header->start;
    }
    return func;
}

Node *new_block(ParseContext *ctx, NodeKind kind, const Token *lbrace, NodeList items, const Token *rbrace)
{
    Node *n = node(ctx, kind, lbrace, lbrace->pos, tok_end(rbrace));
    n->kids = items.head;
    n->close_pos = rbrace->pos;
    return n;
}

/* `defer S;` / `errdefer S;`: S runs when the rest of the block is left. */
Node *new_defer(ParseContext *ctx, const Token *kw, Node *body, bool on_error_only)
{
    Node *n = node(ctx, N_DEFER, kw, kw->pos, body->end);
    n->body = body;
    n->on_error_only = on_error_only;
    ctx->with_count++;                  /* the function must be translated */
    n->id = ++ctx->item_count;          /* names its frame and labels */
    return n;
}

Node *new_control(ParseContext *ctx, NodeKind kind, const Token *kw, const Span *cond, Node *body,
                  const Token *else_tok, Node *else_body)
{
    Node *last = else_body ? else_body : body;
    Node *n = node(ctx, kind, kw, kw->pos, last->end);
    n->kids = cond->kids.head;
    n->body = body;
    if (else_tok) n->else_tok = *else_tok;
    n->else_body = else_body;
    return n;
}

Node *new_do(ParseContext *ctx, const Token *kw, Node *body, const Span *cond, const Token *semi)
{
    Node *n = node(ctx, N_DO, kw, kw->pos, tok_end(semi));
    n->body = body;
    n->kids = cond->kids.head;
    return n;
}

/* `forever { ... }`: like `FOO(args) statement`, an unknown macro that may
 * be a loop (`#define forever for (;;)`, `#define G_STMT_START do`). */
Node *new_wrapper(ParseContext *ctx, const Token *macro, Node *body)
{
    Node *n = node(ctx, N_MACRO, macro, macro->pos, body->end);
    n->body = body;
    return n;
}

Node *new_jump(ParseContext *ctx, NodeKind kind, const Token *kw, const Token *name, const Span *expr,
               const Token *semi)
{
    Node *n = node(ctx, kind, kw, kw->pos, tok_end(semi));
    if (name) n->name = *name;
    if (expr) {
        n->expr_start = expr->start;
        n->expr_end = expr->end;
        n->kids = expr->kids.head;
    }
    return n;
}

Node *new_labeled(ParseContext *ctx, NodeKind kind, const Token *tok, const Span *expr, Node *body)
{
    Node *n = node(ctx, kind, tok, tok->pos, body->end);
    if (kind == N_LABEL) n->name = *tok;
    if (expr) n->kids = expr->kids.head;
    n->body = body;
    return n;
}

Node *new_simple(ParseContext *ctx, const Span *soup)
{
    Node *n = node(ctx, N_SIMPLE, NULL, soup->start, soup->end);
    n->kids = soup->kids.head;
    return n;
}

Node *new_simple_end(ParseContext *ctx, const Span *soup, const Token *semi)
{
    Node *n = node(ctx, N_SIMPLE, NULL, soup->start, tok_end(semi));
    n->kids = soup->kids.head;
    return n;
}

Node *new_empty(ParseContext *ctx, const Token *semi)
{
    return node(ctx, N_SIMPLE, semi, semi->pos, tok_end(semi));
}

/* ----------------------------------------------------------- with-items */

ItemParts *parts_new(ParseContext *ctx)
{
    return arena_alloc(ctx->arena, sizeof(ItemParts));
}

/* After `as`: words and stars (`as struct node *n`), the last the name. */
static bool type_part(PartKind kind, const Token *tok)
{
    return kind == P_IDENT || tok->raw == R_STAR || tok->raw == R_TAG || tok->raw == R_ASM_QUAL;
}

ItemParts *parts_add(ItemParts *p, PartKind kind, const Token *tok, size_t end)
{
    if (p->after_as) {
        if (p->nnamed++ == 0) p->type_start = tok->pos;
        if (!type_part(kind, tok) && !p->bad.len) p->bad = *tok;
        p->last = *tok;
        p->last_kind = kind;
        return p;
    }
    if (kind == P_AS && p->n == 2) p->after_as = true;
    if (p->n < 3) {                 /* a third that is not `as` is an error */
        p->kind[p->n] = kind;
        p->tok[p->n] = *tok;
        p->end[p->n] = end;
    }
    p->n++;
    return p;
}

ItemParts *parts_add_group(ItemParts *p, const Token *lparen, NodeList kids, size_t end)
{
    p = parts_add(p, P_PAREN, lparen, end);
    p->kids = list_concat(p->kids, kids);
    return p;
}

ItemList items_first(ItemParts *p)
{
    ItemList l = { p, p, 1 };
    return l;
}

ItemList items_append(ItemList list, const Token *comma, ItemParts *p)
{
    list.tail->after = *comma;
    list.tail->next = p;
    list.tail = p;
    list.n++;
    return list;
}

/* Is t's text one of the n words? */
static bool one_of(const Source *src, const Token *t, const char (*words)[14], size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(words[k]) == t->len && !memcmp(src->text + t->pos, words[k], t->len))
            return true;
    return false;
}

/* A storage class (or constexpr) in `as TYPE NAME`: the name is
 * a local initialised from the value, which `static int n = v` or
 * `typedef int n = v` is not. Sets *word to it. */
static bool storage_class_in(const Source *src, size_t start, size_t end, Token *word)
{
    static const char words[][14] = { "static", "typedef", "_Thread_local",
                                      "thread_local", "__thread", "constexpr" };
    Token *toks;                /* tokens, so that words in comments do not count */
    size_t n = lex_range(src, start, end, &toks);
    bool found = false;
    for (size_t i = 0; i < n && !found; i++) {
        if (toks[i].raw == R_IDENT && one_of(src, &toks[i], words, sizeof words / sizeof *words)) {
            *word = token_at(src, toks[i].pos, toks[i].len);
            found = true;
        }
    }
    free(toks);
    return found;
}

/* Does the type after `as` begin with a defer word that is a keyword in
 * this file, then '*' (`as defer *p`)? cwith declares the name in the body
 * as `TYPE const NAME = ...;`, and a statement that begins `defer *` is a
 * defer statement: the declaration would be one. (A name after the word,
 * `as defer p`, and `_Defer` anywhere, are refused by the lexer's filter
 * already.) A file that uses `defer` as a name elsewhere (`typedef ...
 * defer;`) keeps it a name. Sets *word to it. */
static bool type_begins_with_defer(const Source *src, size_t start, size_t end, Token *word)
{
    Token *toks;
    size_t n = lex_range(src, start, end, &toks);
    bool found = false;
    if (n > 1 && toks[0].raw == R_IDENT && toks[1].raw == R_STAR) {
        const char *w = src->text + toks[0].pos;
        size_t len = toks[0].len;
        found = (len == 5 && !memcmp(w, "defer", 5) && !word_used_as_name(src, "defer")) ||
                (len == 8 && !memcmp(w, "errdefer", 8) && !word_used_as_name(src, "errdefer"));
        if (found) *word = token_at(src, toks[0].pos, toks[0].len);
    }
    free(toks);
    return found;
}

/* A keyword of C99 and C11 that the lexer reads as a word: not a name.
 * (C23's new ones, bool or typeof, are names in older code.) */
static bool is_c_keyword(const Source *src, const Token *t)
{
    static const char words[][14] = {
        "auto", "char", "const", "double", "extern", "float", "inline", "int", "long",
        "register", "restrict", "short", "signed", "static", "typedef", "unsigned", "void",
        "volatile", "_Atomic", "_Bool", "_Complex", "_Imaginary", "_Noreturn", "_Thread_local"
    };
    return one_of(src, t, words, sizeof words / sizeof *words);
}

static bool is_adopt(const Source *src, const Token *t)
{
    return t->len == 11 && !memcmp(src->text + t->pos, "cwith_adopt", 11);
}

/* `cwith_adopt(M, VALUE)`: the manager is M, the value VALUE. */
static bool check_adopt(Diag *diag, const ItemParts *p, WithItem *item)
{
    Token *toks;
    size_t open = p->tok[1].pos, close = p->end[1] - 1;
    size_t n = lex_range(diag->src, open + 1, close, &toks);
    bool ok = n >= 3 && toks[0].raw == R_IDENT && toks[1].raw == R_COMMA;
    for (size_t i = 2; ok && i < n; i++)        /* a comma at the top: a third argument */
        if (toks[i].raw == R_COMMA) {
            size_t depth = 0;
            for (size_t j = 2; j < i; j++)
                depth += toks[j].raw == R_LPAREN || toks[j].raw == R_LBRACK ||
                         toks[j].raw == R_LBRACE ? 1 : toks[j].raw == R_RPAREN ||
                         toks[j].raw == R_RBRACK || toks[j].raw == R_RBRACE ? (size_t)-1 : 0;
            if (depth == 0) ok = false;
        }
    if (!ok) {
        error_at(diag, &p->tok[0], "expected 'cwith_adopt(MANAGER, VALUE)': the name of a "
                 "manager, then the value it is to manage");
        item->manager.len = 0;                  /* refused: no manager to check */
    } else {
        item->manager = toks[0];                /* its line and column counted */
        item->manager.line = p->tok[1].line;
        item->manager.col = p->tok[1].col;
        for (size_t i = open; i < toks[0].pos; i++) {
            item->manager.col++;
            if (diag->src->text[i] == '\n') {
                item->manager.line++;
                item->manager.col = 1;
            }
        }
        item->value_start = toks[2].pos;
        item->value_end = toks[n - 1].pos + toks[n - 1].len;
    }
    free(toks);
    return ok;
}

/* Checks one with-item as written; fills `item` if it is well formed. */
static bool check_item(Diag *diag, const ItemParts *p, WithItem *item)
{
    if (p->n == 0) {
        error_at(diag, &p->after, "expected a manager call 'name(...)' before '%s'",
                 p->after.kind == T_COMMA ? "," : ")");
        return false;
    }
    if (p->kind[0] != P_IDENT) {
        error_at(diag, &p->tok[0], "expected a manager call 'name(...)' in with-item");
        return false;
    }
    if (p->n == 1 || p->kind[1] != P_PAREN) {
        const Token *at = p->n == 1 ? &p->tok[0] : &p->tok[1];
        error_at(diag, at, "with-item is not a call: expected '(' after the manager name "
                 "(for a value held already: 'cwith_adopt(MANAGER, value)')");
        return false;
    }
    if (p->n >= 3 && p->kind[2] != P_AS) {
        error_at(diag, &p->tok[2], "expected 'as', ',' or ')' after the manager call");
        return false;
    }
    if (p->bad.len) {
        error_at(diag, &p->bad, "expected a name, or a type and a name, after 'as' "
                 "(e.g. 'as buf' or 'as char *buf')");
        return false;
    }
    if (p->after_as && (p->nnamed == 0 || p->last_kind != P_IDENT)) {
        error_at(diag, p->nnamed == 0 ? &p->after : &p->last, "expected an identifier after 'as'");
        return false;
    }
    if (p->after_as && is_c_keyword(diag->src, &p->last)) {
        error_at(diag, &p->last, "'%.*s' is a keyword, not a name: expected a name after "
                 "'as' (e.g. 'as buf' or 'as char *buf')",
                 (int)p->last.len, diag->src->text + p->last.pos);
        return false;
    }
    Token word;
    if (p->nnamed > 1 && storage_class_in(diag->src, p->type_start, p->last.pos, &word)) {
        error_at(diag, &word, "'%.*s' in the type after 'as': the name is a local of the "
                 "with-statement that holds the enter's value; leave it out (e.g. 'as char *buf')",
                 (int)word.len, diag->src->text + word.pos);
        return false;
    }
    if (p->nnamed > 1 && type_begins_with_defer(diag->src, p->type_start, p->last.pos, &word)) {
        error_at(diag, &word, "the type after 'as' begins with '%.*s', a keyword here: the "
                 "name's declaration in the body would read as a defer statement; name the "
                 "type another way (a typedef)",
                 (int)word.len, diag->src->text + word.pos);
        return false;
    }
    item->manager = p->tok[0];
    item->call_start = p->tok[0].pos;
    item->call_end = p->end[1];
    item->value_start = item->call_start;
    item->value_end = item->call_end;
    if (p->after_as) item->name = p->last;
    if (p->nnamed > 1) {
        item->type_start = p->type_start;
        item->type_end = p->last.pos;
    }
    if (is_adopt(diag->src, &item->manager)) return check_adopt(diag, p, item);
    return true;
}

/* The first statement in a with-item's statement expressions that cwith
 * does not follow there: a jump, a with-statement or a defer (the item's
 * code is copied as it is, so it would stay untranslated). */
static const Node *find_unfollowed(const Node *n)
{
    for (; n; n = n->next) {
        if (n->kind == N_RETURN || n->kind == N_GOTO || n->kind == N_BREAK ||
            n->kind == N_CONTINUE || n->kind == N_WITH || n->kind == N_DEFER)
            return n;
        if (n->kind == N_FUNC) continue;
        const Node *j = find_unfollowed(n->kids);
        if (!j) j = find_unfollowed(n->body);
        if (!j) j = find_unfollowed(n->else_body);
        if (j) return j;
    }
    return NULL;
}

/* A conditional, #include, #define or #undef line in src[start, end)
 * (line markers `# N "file"`, #line and #pragma change no tokens). */
static bool directive_inside(const Source *src, size_t start, size_t end, size_t *where)
{
    static const char names[][8] = { "if", "el", "endif", "include", "define", "undef" };
    bool line_start = false;
    for (size_t i = start; i < end; i++) {
        char c = src->text[i];
        if (c == '\n') {
            line_start = true;
        } else if (c == '#' && line_start) {
            size_t j = i + 1;
            while (j < end && (src->text[j] == ' ' || src->text[j] == '\t')) j++;
            for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
                size_t n = strlen(names[k]);
                if (j + n <= end && !memcmp(src->text + j, names[k], n)) {
                    *where = i;
                    return true;
                }
            }
            line_start = false;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            line_start = false;
        }
    }
    return false;
}

/* A line splice: a backslash before a line end (a backslash before `u` or
 * `U` is a universal character name, as gcc -E writes non-ASCII names). */
static bool has_splice(const Source *src, const Token *t)
{
    const char *s = src->text + t->pos;
    for (unsigned i = 0; i < t->len; i++)
        if (s[i] == '\\' && !(i + 1 < t->len && (s[i + 1] == 'u' || s[i + 1] == 'U')))
            return true;
    return false;
}

/* What the items of a with-statement must not hold: cwith would not
 * translate it right. */
static bool check_header(ParseContext *ctx, const Token *kw, const Token *rparen, ItemList items)
{
    size_t at;
    if (directive_inside(ctx->src, kw->pos, rparen->pos, &at)) {
        error_at(ctx->diag, kw, "preprocessor line inside the header of this with-statement: "
                 "cwith cannot tell which items it has; put the #if around the whole statement");
        return false;
    }
    int errors = ctx->diag->errors;
    for (ItemParts *p = items.head; p; p = p->next) {
        const Node *j = find_unfollowed(p->kids.head);
        if (j) {
            const char *what = j->kind == N_WITH ? "with-statement"
                               : j->kind == N_DEFER ? "defer statement" : "jump";
            error_at(ctx->diag, &j->tok, "%s inside a statement expression in a with-item: "
                     "cwith does not follow it; compute the value before the with-statement",
                     what);
            note_at(ctx->diag, kw, "the with-statement is here");
        }
        for (int i = 0; i < p->n && i < 3; i++)
            if ((p->kind[i] == P_IDENT || p->kind[i] == P_AS) && has_splice(ctx->src, &p->tok[i]))
                error_at(ctx->diag, &p->tok[i], "line splice inside a word of a with-item: "
                         "join the line");
        if (p->nnamed > 0 && has_splice(ctx->src, &p->last))
            error_at(ctx->diag, &p->last, "line splice inside a word of a with-item: "
                     "join the line");
    }
    return ctx->diag->errors == errors;
}

/* Only catch_error items: its enter cannot fail. */
static bool cannot_fail(const Source *src, const Node *w)
{
    for (int i = 0; i < w->nitems; i++) {
        const Token *m = &w->items[i].manager;
        if (m->len != 11 || memcmp(src->text + m->pos, "catch_error", 11)) return false;
    }
    return true;
}

Node *new_with(ParseContext *ctx, const Token *kw, const Token *rparen, ItemList items,
               Node *body, const Token *else_tok, Node *else_body)
{
    bool header_ok = check_header(ctx, kw, rparen, items);
    Node *last = else_body ? else_body : body;
    Node *n = node(ctx, N_WITH, kw, kw->pos, last->end);
    n->body = body;
    if (else_tok) n->else_tok = *else_tok;
    n->else_body = else_body;
    n->id = ++ctx->with_count;
    n->items = arena_alloc(ctx->arena, items.n * sizeof *n->items);
    items.tail->after = *rparen;
    n->header_end = rparen->pos + rparen->len;
    int i = 0;
    for (ItemParts *p = items.head; p; p = p->next, i++) {
        if (header_ok) check_item(ctx->diag, p, &n->items[i]);
        n->items[i].id = ++ctx->item_count;
    }
    n->nitems = items.n;
    if (ctx->require_else && !else_body && header_ok && !cannot_fail(ctx->src, n))
        error_at(ctx->diag, kw, "with-statement without 'else' (--require-else): a failed enter "
                 "would raise an error, which ends the process unless caught; add an 'else' "
                 "that handles the failure");
    return n;
}

/* ------------------------------------------------------------ functions */

void parse_error(ParseContext *ctx, const char *msg)
{
    if (ctx->has_pending) return;
    ctx->has_pending = true;
    ctx->pending_tok = ctx->last_tok;
    snprintf(ctx->pending_msg, sizeof ctx->pending_msg, "%s", msg);
}
