/* tree.c: statement tree nodes, built by the grammar's actions.
 *
 * Nodes live in an arena that is emptied after each top-level function:
 * the translator holds one function's tree at a time, whatever the size
 * of the file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tree.h"

/* --------------------------------------------------------------- arena */

typedef struct Chunk { struct Chunk *next; size_t used, size; } Chunk;
static Chunk *arena;

void *tree_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!arena || arena->used + n > arena->size) {
        size_t size = n > 65536 ? n : 65536;
        Chunk *c = xmalloc(sizeof(Chunk) + 16 + size);
        c->next = arena;
        c->used = 0;
        c->size = size;
        arena = c;
    }
    void *p = (char *)(arena + 1) + 16 + arena->used;
    arena->used += n;
    memset(p, 0, n);
    return p;
}

void tree_reset(void)
{
    /* keep the newest chunk, free the rest */
    if (!arena) return;
    Chunk *c = arena->next;
    while (c) {
        Chunk *next = c->next;
        free(c);
        c = next;
    }
    arena->next = NULL;
    arena->used = 0;
}

void tree_free(void)
{
    tree_reset();
    free(arena);
    arena = NULL;
}

static Node *node(NodeKind kind, const Token *tok, size_t start, size_t end)
{
    Node *n = tree_alloc(sizeof *n);
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

Span span_stmt_expr(const Token *lparen, const Token *lbrace, NodeList items,
                    const Token *rbrace, const Token *rparen)
{
    Node *n = node(N_STMT_EXPR, lbrace, lbrace->pos, tok_end(rbrace));
    n->kids = items.head;
    Span s = { lparen->pos, tok_end(rparen), { n, n } };
    return s;
}

/* ----------------------------------------------------------- statements */

Node *new_function(ParseContext *ctx, const Token *lbrace, NodeList items,
                   Node *trailing, const Token *rbrace)
{
    (void)ctx;
    Node *n = node(N_FUNC, lbrace, lbrace->aux, tok_end(rbrace));
    n->header_start = lbrace->aux;
    n->body_start = lbrace->pos;
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

Node *new_block(NodeKind kind, const Token *lbrace, NodeList items, const Token *rbrace)
{
    Node *n = node(kind, lbrace, lbrace->pos, tok_end(rbrace));
    n->kids = items.head;
    return n;
}

Node *new_control(NodeKind kind, const Token *kw, const Span *cond, Node *body,
                  const Token *else_tok, Node *else_body)
{
    Node *last = else_body ? else_body : body;
    Node *n = node(kind, kw, kw->pos, last->end);
    n->kids = cond->kids.head;
    n->body = body;
    if (else_tok) n->else_tok = *else_tok;
    n->else_body = else_body;
    return n;
}

Node *new_do(const Token *kw, Node *body, const Span *cond, const Token *semi)
{
    Node *n = node(N_DO, kw, kw->pos, tok_end(semi));
    n->body = body;
    n->kids = cond->kids.head;
    return n;
}

Node *new_wrapper(const Token *macro, Node *body)
{
    Node *n = node(N_BLOCK, macro, macro->pos, body->end);
    n->kids = body;
    return n;
}

Node *new_jump(NodeKind kind, const Token *kw, const Token *name, const Span *expr,
               const Token *semi)
{
    Node *n = node(kind, kw, kw->pos, tok_end(semi));
    if (name) n->name = *name;
    if (expr) {
        n->expr_start = expr->start;
        n->expr_end = expr->end;
        n->kids = expr->kids.head;
    }
    return n;
}

Node *new_labeled(NodeKind kind, const Token *tok, const Span *expr, Node *body)
{
    Node *n = node(kind, tok, tok->pos, body->end);
    if (kind == N_LABEL) n->name = *tok;
    if (expr) n->kids = expr->kids.head;
    n->body = body;
    return n;
}

Node *new_simple(const Span *soup)
{
    Node *n = node(N_SIMPLE, NULL, soup->start, soup->end);
    n->kids = soup->kids.head;
    return n;
}

Node *new_simple_end(const Span *soup, const Token *semi)
{
    Node *n = node(N_SIMPLE, NULL, soup->start, tok_end(semi));
    n->kids = soup->kids.head;
    return n;
}

Node *new_empty(const Token *semi)
{
    return node(N_SIMPLE, semi, semi->pos, tok_end(semi));
}

/* ----------------------------------------------------------- with-items */

ItemParts *parts_new(void)
{
    return tree_alloc(sizeof(ItemParts));
}

ItemParts *parts_add(ItemParts *p, PartKind kind, const Token *tok, size_t end)
{
    if (p->n < 4) {
        p->kind[p->n] = kind;
        p->tok[p->n] = *tok;
        p->end[p->n] = end;
    } else if (p->n == 4) {
        p->extra = *tok;            /* reported as unexpected */
    }
    p->n++;
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

/* Checks one with-item as written; fills `item` if it is well formed. */
static bool check_item(const ItemParts *p, WithItem *item)
{
    if (p->n == 0) {
        error_at(&p->after, "expected a manager call 'name(...)' before '%s'",
                 p->after.kind == T_COMMA ? "," : ")");
        return false;
    }
    if (p->kind[0] != P_IDENT) {
        error_at(&p->tok[0], "expected a manager call 'name(...)' in with-item");
        return false;
    }
    if (p->n == 1 || p->kind[1] != P_PAREN) {
        const Token *at = p->n == 1 ? &p->tok[0] : &p->tok[1];
        error_at(at, "with-item is not a call: expected '(' after the manager name");
        return false;
    }
    if (p->n >= 3 && p->kind[2] != P_AS) {
        error_at(&p->tok[2], "expected 'as', ',' or ')' after the manager call");
        return false;
    }
    if (p->n == 3 || (p->n >= 4 && p->kind[3] != P_IDENT)) {
        error_at(p->n == 3 ? &p->after : &p->tok[3], "expected an identifier after 'as'");
        return false;
    }
    if (p->n > 4) {
        error_at(&p->extra, "expected ',' or ')' after the name of the with-item");
        return false;
    }
    item->manager = p->tok[0];
    item->call_start = p->tok[0].pos;
    item->call_end = p->end[1];
    if (p->n == 4) item->name = p->tok[3];
    return true;
}

Node *new_with(ParseContext *ctx, const Token *kw, const Token *rparen, ItemList items,
               Node *body, const Token *else_tok, Node *else_body)
{
    Node *last = else_body ? else_body : body;
    Node *n = node(N_WITH, kw, kw->pos, last->end);
    n->body = body;
    if (else_tok) n->else_tok = *else_tok;
    n->else_body = else_body;
    n->id = ++ctx->with_count;
    n->items = tree_alloc(items.n * sizeof *n->items);
    items.tail->after = *rparen;
    int i = 0;
    for (ItemParts *p = items.head; p; p = p->next, i++) {
        check_item(p, &n->items[i]);
        n->items[i].id = ++ctx->item_count;
    }
    n->nitems = items.n;
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

void finish_function(ParseContext *ctx, Node *func)
{
    int candidates = filter_with_candidates(ctx->filter);
    bool may_have_with = candidates > ctx->candidates_done;
    bool has_with = ctx->with_count > ctx->withs_done;
    if (ctx->has_pending) {
        if (may_have_with) {
            error_at(&ctx->pending_tok, "%s", ctx->pending_msg);
            note_at(&func->tok, "in this function, which holds a with-statement; "
                    "cwith must understand its statements to translate it");
        }
        func->broken = true;
        ctx->has_pending = false;
    }
    if (has_with && !func->broken && analyze_function(func, ctx->filter, ctx->src))
        codegen_function(ctx->cg, func);
    ctx->candidates_done = candidates;
    ctx->withs_done = ctx->with_count;
    tree_reset();
}
