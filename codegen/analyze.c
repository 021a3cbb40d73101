/* analyze.c: which with-statements each jump leaves, and which jumps
 * cannot be made safe.
 *
 * Works on one function (a "context": a top-level function or a GNU nested
 * function, whose jumps never leave it). A node is inside a with-statement
 * when it lies in the byte range of its body (the else statement and the
 * with-items are outside). For every jump the with-statements it leaves
 * are those around the jump but not around its target, innermost first:
 *   return          all of them
 *   break/continue  those inside the loop or switch it leaves
 *   goto L          those around the goto but not around L
 * and a jump into a with body (goto, case, default) is an error, as are
 * jumps cwith cannot follow: computed goto, asm goto, and taking the
 * address of a label that lies in a with body.
 */
#include <stdlib.h>
#include <string.h>
#include "translator.h"

typedef struct Vec { Node **v; size_t n, cap; } Vec;

static void push(Vec *vec, Node *n)
{
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? 2 * vec->cap : 16;
        vec->v = xrealloc(vec->v, vec->cap * sizeof *vec->v);
    }
    vec->v[vec->n++] = n;
}

typedef struct Context {
    Node *func;
    const Source *src;
    Vec withs, labels, jumps, funcs;
} Context;

static bool inside(const Node *outer_body, size_t pos)
{
    return outer_body && pos >= outer_body->start && pos < outer_body->end;
}

static bool in_with_body(const Node *w, size_t pos)
{
    return inside(w->body, pos);
}

static bool same_name(const Source *src, const Token *a, const Token *b)
{
    return a->len == b->len && memcmp(src->text + a->pos, src->text + b->pos, a->len) == 0;
}

/* Links parents and sorts this context's nodes; nested functions are
 * collected to be analysed as contexts of their own. */
static void collect(Context *cx, Node *n, Node *parent)
{
    for (; n; n = n->next) {
        n->parent = parent;
        if (n->kind == N_FUNC) {
            push(&cx->funcs, n);
            continue;
        }
        switch (n->kind) {
        case N_WITH: push(&cx->withs, n); break;
        case N_LABEL: push(&cx->labels, n); break;
        case N_GOTO: case N_BREAK: case N_CONTINUE: case N_RETURN:
        case N_CASE: case N_DEFAULT:
            push(&cx->jumps, n);
            break;
        default: break;
        }
        collect(cx, n->kids, n);
        if (n->body) { n->body->next = NULL; collect(cx, n->body, n); }
        if (n->else_body) { n->else_body->next = NULL; collect(cx, n->else_body, n); }
    }
}

/* With-statements whose body holds `pos`, innermost first. */
static size_t withs_around(Context *cx, size_t pos, Node **out)
{
    size_t k = 0;
    for (size_t i = cx->withs.n; i-- > 0;)     /* source order: inner ones later */
        if (in_with_body(cx->withs.v[i], pos)) out[k++] = cx->withs.v[i];
    return k;
}

static bool is_loop(NodeKind k)
{
    return k == N_WHILE || k == N_DO || k == N_FOR || k == N_MACRO;
}

/* The loop (or switch, for break) that a break/continue leaves. */
static Node *jump_target(Node *jump, Node *from)
{
    for (Node *p = from->parent; p && p->kind != N_FUNC; p = p->parent) {
        bool in_body = p->body && inside(p->body, jump->start);
        if (!in_body) continue;
        if (is_loop(p->kind) || (jump->kind == N_BREAK && p->kind == N_SWITCH)) return p;
    }
    return NULL;
}

static void set_exits(Node *jump, Node **withs, size_t n)
{
    jump->exits = tree_alloc((n ? n : 1) * sizeof *jump->exits);
    memcpy(jump->exits, withs, n * sizeof *withs);
    jump->nexits = (int)n;
}

static void note_with(const Node *w)
{
    note_at(&w->tok, "the with-statement is here");
}

static void analyze_break(Context *cx, Node *jump, Node **around, size_t naround)
{
    const char *what = jump->kind == N_BREAK ? "break" : "continue";
    Node *target = jump_target(jump, jump);
    size_t k = 0;
    while (k < naround && (!target || inside(target->body, around[k]->start))) k++;
    if (!target) k = 0;     /* not in a loop: the compiler will say so */
    set_exits(jump, around, k);
    if (target && target->kind == N_MACRO && k < naround) {
        /* FOO(...) { ... } may be a loop or not: if not, the jump also
         * leaves the with-statements between it and the next loop. */
        Node *next = jump_target(jump, target);
        if (next && inside(next->body, around[k]->start)) {
            error_at(&jump->tok, "cannot tell whether this '%s' leaves the with-statement: "
                     "'%.*s' is a macro, not a loop cwith knows", what,
                     (int)target->tok.len, cx->src->text + target->tok.pos);
            note_with(around[k]);
        }
    }
}

static Node *find_label(Context *cx, const Token *name)
{
    for (size_t i = 0; i < cx->labels.n; i++)
        if (same_name(cx->src, &cx->labels.v[i]->name, name)) return cx->labels.v[i];
    return NULL;
}

static void analyze_goto(Context *cx, Node *jump, Node **around, size_t naround, Node **scratch)
{
    Node *label = find_label(cx, &jump->name);
    if (!label) {
        if (naround > 0) {
            error_at(&jump->name, "label '%.*s' is not defined in this function, so cwith "
                     "cannot tell which with-statements this goto leaves",
                     (int)jump->name.len, cx->src->text + jump->name.pos);
            note_with(around[0]);
        }
        set_exits(jump, around, 0);
        return;
    }
    size_t nl = withs_around(cx, label->start, scratch);
    for (size_t i = nl; i-- > 0;) {     /* outermost first */
        bool shared = false;
        for (size_t j = 0; j < naround; j++) shared |= scratch[i] == around[j];
        if (!shared) {
            error_at(&jump->tok, "goto '%.*s' jumps into the body of a with-statement",
                     (int)jump->name.len, cx->src->text + jump->name.pos);
            note_at(&label->tok, "label '%.*s' is here", (int)label->name.len,
                    cx->src->text + label->name.pos);
            note_with(scratch[i]);
            return;
        }
    }
    /* leave those around the goto but not around the label */
    size_t k = 0;
    Node **leave = scratch + nl;
    for (size_t j = 0; j < naround; j++) {
        bool shared = false;
        for (size_t i = 0; i < nl; i++) shared |= scratch[i] == around[j];
        if (!shared) leave[k++] = around[j];
    }
    set_exits(jump, leave, k);
}

static void analyze_case(Context *cx, Node *label, Node **around, size_t naround)
{
    (void)cx;
    Node *sw = NULL;
    for (Node *p = label->parent; p && p->kind != N_FUNC; p = p->parent)
        if (p->kind == N_SWITCH && inside(p->body, label->start)) { sw = p; break; }
    if (!sw) return;
    for (size_t i = 0; i < naround; i++) {
        if (around[i]->start > sw->start) {
            /* report against the outermost with between them */
            size_t j = i;
            while (j + 1 < naround && around[j + 1]->start > sw->start) j++;
            error_at(&label->tok, "'%s' label inside a with-statement whose switch is outside it",
                     label->kind == N_CASE ? "case" : "default");
            note_with(around[j]);
            note_at(&sw->tok, "the switch is here");
            return;
        }
    }
}

static void check_marks(Context *cx, Filter *filter, Node **scratch)
{
    size_t nmarks;
    const Mark *marks = filter_marks(filter, &nmarks);
    for (size_t i = 0; i < nmarks; i++) {
        const Mark *m = &marks[i];
        if (m->tok.pos < cx->func->body_start || m->tok.pos >= cx->func->end) continue;
        bool in_nested = false;
        for (size_t f = 0; f < cx->funcs.n; f++)
            in_nested |= m->tok.pos >= cx->funcs.v[f]->start && m->tok.pos < cx->funcs.v[f]->end;
        if (in_nested) continue;
        if (m->kind == MARK_LABEL_ADDRESS) {
            Node *label = find_label(cx, &m->tok);
            if (label && withs_around(cx, label->start, scratch) > 0) {
                error_at(&m->tok, "the address of label '%.*s' is taken, but the label is inside "
                         "a with-statement: a computed goto could jump into it",
                         (int)m->tok.len, cx->src->text + m->tok.pos);
                note_with(scratch[0]);
            }
            continue;
        }
        if (withs_around(cx, m->tok.pos, scratch) == 0) continue;
        error_at(&m->tok, "%s inside a with-statement: cwith cannot tell where it goes",
                 m->kind == MARK_COMPUTED_GOTO ? "computed goto" : "asm goto");
        note_with(scratch[0]);
    }
}

static void check_skipped(Context *cx, Filter *filter)
{
    size_t n;
    const SkippedRegion *r = lexer_skipped(filter_lexer(filter), &n);
    for (size_t i = 0; i < n; i++) {
        if (r[i].start < cx->func->body_start || r[i].start >= cx->func->end) continue;
        Token at = { 0, 0, r[i].start, 1, r[i].line, 1, 0 };
        if (r[i].has_with) {
            error_at(&at, "with-statement in a preprocessor branch that cwith does not parse "
                     "(the branches of this #if do not balance braces alike)");
            continue;
        }
        for (size_t w = 0; w < cx->withs.n; w++) {
            if (r[i].has_jump && in_with_body(cx->withs.v[w], r[i].start)) {
                error_at(&at, "jump inside a with-statement in a preprocessor branch that cwith "
                         "does not parse (the branches of this #if do not balance braces alike)");
                note_with(cx->withs.v[w]);
                break;
            }
        }
    }
}

/* gcc's -Wdangling-else, for the pairs the translation takes away from gcc. */
static void check_dangling_else(Context *cx)
{
    for (size_t i = 0; i < cx->withs.n; i++) {
        Node *w = cx->withs.v[i];
        Node *p = w->parent;
        if (w->else_body && p && p->kind == N_IF && !p->else_body && p->body == w)
            warning_at(&w->else_tok, "suggest explicit braces to avoid ambiguous 'else' "
                       "(it belongs to the with-statement)");
        Node *b = w->body;
        if (!w->else_body && (b->kind == N_IF || b->kind == N_WITH) && b->else_body)
            warning_at(&b->else_tok, "suggest explicit braces to avoid ambiguous 'else' "
                       "(it belongs to the inner '%s', not to the with-statement)",
                       b->kind == N_IF ? "if" : "with");
    }
}

static bool analyze_context(Node *func, Filter *filter, const Source *src)
{
    int errors_before = error_count();
    Context cx = { func, src, { 0 }, { 0 }, { 0 }, { 0 } };
    collect(&cx, func->kids, func);
    Node **around = xmalloc((2 * cx.withs.n + 1) * sizeof *around);
    Node **scratch = xmalloc((2 * cx.withs.n + 1) * sizeof *scratch);
    for (size_t i = 0; i < cx.jumps.n; i++) {
        Node *j = cx.jumps.v[i];
        size_t n = withs_around(&cx, j->start, around);
        switch (j->kind) {
        case N_RETURN: set_exits(j, around, n); break;
        case N_BREAK: case N_CONTINUE: analyze_break(&cx, j, around, n); break;
        case N_GOTO: analyze_goto(&cx, j, around, n, scratch); break;
        default: analyze_case(&cx, j, around, n); break;
        }
    }
    check_marks(&cx, filter, scratch);
    check_skipped(&cx, filter);
    check_dangling_else(&cx);
    bool ok = error_count() == errors_before;
    for (size_t i = 0; i < cx.funcs.n; i++)
        ok &= analyze_context(cx.funcs.v[i], filter, src);
    free(around);
    free(scratch);
    free(cx.withs.v);
    free(cx.labels.v);
    free(cx.jumps.v);
    free(cx.funcs.v);
    return ok;
}

bool analyze_function(Node *func, Filter *filter, const Source *src)
{
    return analyze_context(func, filter, src);
}
