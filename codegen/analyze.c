/* analyze.c: the scope exits. Which exit actions each jump runs, and
 * which jumps cannot be made safe.
 *
 * Works on one function (a "context": a top-level function or a GNU nested
 * function, whose jumps never leave it). Nodes that own actions (see
 * Action in translator.h; today the with-statement, whose items' exits are
 * active in its body) are found by walking up from a node, so the actions
 * active at a point are listed innermost first in time proportional to the
 * nesting depth. A jump runs the actions active where it is but not where
 * it goes:
 *   return          all of them
 *   break/continue  those not active at the loop or switch it leaves
 *   goto L          those not active at L
 * Both lists end in the same outer actions, so one walk from their ends
 * finds what is left. An action active at the target but not at the jump
 * means a jump into its scope (goto, case, default): an error, as are the
 * jumps cwith cannot follow: computed goto, asm goto, and taking the
 * address of a label in the scope of an action.
 */
#define _GNU_SOURCE             /* memmem */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include "translator.h"

typedef VEC(Node *) Nodes;
typedef VEC(const Action *) ActionList;

/* Labels by name and scope: open addressing over the label nodes, the
 * scope in the hash (many local labels of one name); `any`: by name only. */
typedef struct Labels {
    Node **slot;
    const Node **scope;
    Node **any;
    size_t mask;
} Labels;

/* The `__label__` declarations by block and name, and by name only:
 * open addressing over 1 + their index in Context.locals (0: empty). */
typedef struct LocalIndex {
    size_t *by_block, *by_name;
    size_t mask;
} LocalIndex;

typedef struct LocalLabel {
    const Node *block;      /* the block whose `__label__` declares it */
    Token name;
} LocalLabel;

typedef struct Context {
    Node *func;
    const Source *src;
    Diag *diag;
    Arena *arena;
    Nodes withs, labels, jumps, funcs, defers;
    Nodes heads;                /* if, for, while, do, switch, statement macros */
    Nodes unplaced;             /* break/continue leaving an owner, no loop seen */
    Nodes header_jumps;         /* break/continue in a loop's header (GNU), */
    Nodes header_loops;         /* and that loop */
    Labels by_name;
    VEC(LocalLabel) locals;
    LocalIndex local_index;
    ActionList here, there;     /* scratch: active at the jump, at its target */
    Takes *takes;               /* the top-level function's, nested ones' too */
    struct MacroIndex *macros;  /* ScanNotes.macros */
} Context;

static bool inside(const Node *region, size_t pos)
{
    return region && pos >= region->start && pos < region->end;
}

static bool in_with_body(const Node *w, size_t pos)
{
    return inside(w->body, pos);
}

static const char *text(const Context *cx, const Token *t)
{
    return cx->src->text + t->pos;
}

/* A name as the compiler reads it: a line splice or a universal character
 * name (`l\u00e9` for `lé`) in it changes nothing. Into buf (512 bytes)
 * when it has a backslash; *n is set to its length. */
static const char *name_text(const Context *cx, const Token *t, char *buf, size_t *n)
{
    const char *s = text(cx, t);
    *n = t->len;
    if (!memchr(s, '\\', t->len)) return s;
    size_t k = canonical_word(s, t->len, buf, 512);
    if (k == 0) return s;
    *n = k;
    return buf;
}

static bool same_name(const Context *cx, const Token *a, const Token *b)
{
    char abuf[512], bbuf[512];
    size_t an, bn;
    const char *as = name_text(cx, a, abuf, &an), *bs = name_text(cx, b, bbuf, &bn);
    return an == bn && memcmp(as, bs, an) == 0;
}

/* --------------------------------------------------------------- labels */

static size_t name_hash(const Context *cx, const Token *t)
{
    char buf[512];
    size_t n;
    const char *s = name_text(cx, t, buf, &n);
    return hash_bytes(s, n);
}

static size_t scoped_hash(size_t name_hash, const Node *scope)
{
    return name_hash ^ ((uintptr_t)scope >> 4) * 0x9e3779b97f4a7c15u;
}

/* The size of an open-addressing table for n entries: a power of two, at
 * least twice n. */
static size_t table_size(size_t n)
{
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    return size;
}

/* The slot of local_index.by_name for name (hash h): its entry, or the
 * empty slot where it goes. */
static size_t local_name_slot(const Context *cx, const Token *name, size_t h)
{
    const LocalIndex *li = &cx->local_index;
    size_t k = h & li->mask;
    while (li->by_name[k] && !same_name(cx, &cx->locals.v[li->by_name[k] - 1].name, name))
        k = (k + 1) & li->mask;
    return k;
}

/* Fills cx->local_index from cx->locals (after collect). */
static void index_locals(Context *cx)
{
    size_t size = table_size(cx->locals.n);
    LocalIndex *li = &cx->local_index;
    li->by_block = arena_alloc(cx->arena, size * sizeof *li->by_block);
    li->by_name = arena_alloc(cx->arena, size * sizeof *li->by_name);
    li->mask = size - 1;
    for (size_t i = 0; i < cx->locals.n; i++) {
        const LocalLabel *l = &cx->locals.v[i];
        size_t h = name_hash(cx, &l->name);
        size_t k = local_name_slot(cx, &l->name, h);
        if (!li->by_name[k]) li->by_name[k] = i + 1;
        k = scoped_hash(h, l->block) & li->mask;
        while (li->by_block[k]) k = (k + 1) & li->mask;
        li->by_block[k] = i + 1;
    }
}

/* Does block declare the local label name (hash h)? */
static bool declares_local(const Context *cx, const Node *block, const Token *name, size_t h)
{
    const LocalIndex *li = &cx->local_index;
    for (size_t k = scoped_hash(h, block) & li->mask; li->by_block[k]; k = (k + 1) & li->mask) {
        const LocalLabel *l = &cx->locals.v[li->by_block[k] - 1];
        if (l->block == block && same_name(cx, &l->name, name)) return true;
    }
    return false;
}

/* GNU local labels: `__label__ name;` at the start of a block makes the
 * labels `name` inside it a different label from those outside. A label
 * (or a goto's target) belongs to the innermost block around it that
 * declares its name, or to the function (NULL). */
static const Node *label_scope(const Context *cx, const Node *n, const Token *name)
{
    if (cx->locals.n == 0) return NULL;
    size_t h = name_hash(cx, name);
    if (!cx->local_index.by_name[local_name_slot(cx, name, h)]) return NULL;  /* none declares it */
    for (const Node *p = n->parent; p && p->kind != N_FUNC; p = p->parent)
        if (declares_local(cx, p, name, h)) return p;
    return NULL;
}

/* The slots of by_name for a label (hash h) in scope, and for any label so
 * named: its entry, or the empty slot where it goes. */
static size_t label_slot(const Context *cx, const Node *scope, const Token *name, size_t h)
{
    const Labels *by = &cx->by_name;
    size_t k = scoped_hash(h, scope) & by->mask;
    while (by->slot[k] && !(by->scope[k] == scope && same_name(cx, &by->slot[k]->name, name)))
        k = (k + 1) & by->mask;
    return k;
}

static size_t any_label_slot(const Context *cx, const Token *name, size_t h)
{
    const Labels *by = &cx->by_name;
    size_t k = h & by->mask;
    while (by->any[k] && !same_name(cx, &by->any[k]->name, name)) k = (k + 1) & by->mask;
    return k;
}

static void index_labels(Context *cx)
{
    size_t size = table_size(cx->labels.n);
    Labels *by = &cx->by_name;
    by->slot = arena_alloc(cx->arena, size * sizeof *by->slot);
    by->scope = arena_alloc(cx->arena, size * sizeof *by->scope);
    by->any = arena_alloc(cx->arena, size * sizeof *by->any);
    by->mask = size - 1;
    for (size_t i = 0; i < cx->labels.n; i++) {
        Node *l = cx->labels.v[i];
        const Node *scope = label_scope(cx, l, &l->name);
        size_t h = name_hash(cx, &l->name);
        size_t k = label_slot(cx, scope, &l->name, h);
        if (!by->slot[k]) {         /* the first one wins */
            by->slot[k] = l;
            by->scope[k] = scope;
        }
        k = any_label_slot(cx, &l->name, h);
        if (!by->any[k]) by->any[k] = l;
    }
}

/* The label a goto at node `from` names (from NULL: any label so named). */
static Node *find_label(const Context *cx, const Node *from, const Token *name)
{
    size_t h = name_hash(cx, name);
    if (!from) return cx->by_name.any[any_label_slot(cx, name, h)];
    return cx->by_name.slot[label_slot(cx, label_scope(cx, from, name), name, h)];
}

/* Bytes of identifiers as gcc reads them: `$` and UTF-8 letters too. */
static bool is_word_byte(unsigned char c)
{
    return isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

static bool is_word_start(unsigned char c)
{
    return is_word_byte(c) && !isdigit(c);
}

/* `__label__ a, b;` */
static void note_local_labels(Context *cx, Node *n, Node *block)
{
    const char *s = cx->src->text;
    size_t i = n->start, end = n->end;
    if (end - i < 9 || memcmp(s + i, "__label__", 9) != 0) return;
    for (i += 9; i < end;) {
        while (i < end && !is_word_start((unsigned char)s[i])) {
            if (s[i] == ';') return;
            i++;
        }
        size_t b = i;
        while (i < end && is_word_byte((unsigned char)s[i])) i++;
        if (i > b) {
            Token name = { 0, R_IDENT, b, (unsigned)(i - b), 0, 0, 0 };
            vec_push(&cx->locals, ((LocalLabel){ block, name }));
        }
    }
}

/* ---------------------------------------------------------------- setup */

/* What encloses a node: see the fields of Node it fills. */
typedef struct Around {
    const Node *owner;
    Node *loop, *breakable, *sw;
    const Node *deferred;       /* the defer whose statement holds the node */
    bool in_with_header;        /* a statement expression of a with-item holds it */
    Node *header_loop;          /* the loop whose header (a statement expression in
                                 * it) holds the node, below any loop body */
} Around;

static bool is_loop(NodeKind k)
{
    return k == N_WHILE || k == N_DO || k == N_FOR || k == N_MACRO;
}

/* A defer directly in a block has the rest of the block as its scope; as
 * the braceless body of if/for/while/... it is alone in its scope (TS
 * 25755: it runs right away, once per iteration). */
static bool defer_has_scope(const Node *d)
{
    const Node *p = d->parent;
    return p && (p->kind == N_BLOCK || p->kind == N_FUNC || p->kind == N_STMT_EXPR);
}

/* The region in which an owner's actions are active (from active_from). */
static bool in_scope_of(const Node *owner, size_t pos)
{
    switch (owner->kind) {
    case N_WITH: return in_with_body(owner, pos);
    case N_DEFER: return pos >= owner->end && pos < owner->parent->end;
    default: return false;
    }
}

/* The innermost action active at node n (NULL: none): the first of
 * active_at's list, found without listing the rest. */
static const Action *innermost_active(const Node *n)
{
    for (const Node *p = n->scope_owner; p; p = p->scope_owner) {
        if (!in_scope_of(p, n->start)) continue;
        for (int i = p->nactions; i-- > 0;)
            if (p->actions[i].active_from <= n->start) return &p->actions[i];
    }
    return NULL;
}

/* Links n's new actions into the chains: each runs before the one set up
 * before it, the first before the innermost action active at n. */
static void chain_actions(Node *n)
{
    const Action *outer = innermost_active(n);
    for (int i = 0; i < n->nactions; i++) {
        Action *a = &n->actions[i];
        a->outer = outer;
        a->depth = outer ? outer->depth + 1 : 1;
        a->only_items = a->kind == ACT_WITH_EXIT && (!outer || outer->only_items);
        a->defers_out = a->kind == ACT_DEFER || (outer && outer->defers_out);
        if (a->kind == ACT_DEFER && a->owner->on_error_only) {
            bool run = outer && outer->errdefer_run > 0;
            a->errdefer_run = run ? outer->errdefer_run + 1 : 1;
            a->errdefer_run_last = run ? outer->errdefer_run_last : a;
        }
        outer = a;
    }
}

/* Links parents, sorts this context's nodes, and sets up the actions each
 * node owns; nested functions are collected to be analysed on their own. */
static void collect(Context *cx, Node *n, Node *parent, Around around)
{
    for (; n; n = n->next) {
        n->parent = parent;
        n->scope_owner = around.owner;
        n->loop = around.loop;
        n->breakable = around.breakable;
        n->switch_around = around.sw;
        n->in_deferred = around.deferred;
        n->in_with_header = around.in_with_header;
        if (n->kind == N_FUNC) {
            vec_push(&cx->funcs, n);
            continue;
        }
        switch (n->kind) {
        case N_WITH:
            vec_push(&cx->withs, n);
            n->actions = arena_alloc(cx->arena, (size_t)n->nitems * sizeof *n->actions);
            n->nactions = n->nitems;
            for (int i = 0; i < n->nitems; i++)
                n->actions[i] = (Action){ .kind = ACT_WITH_EXIT, .owner = n, .index = i,
                                          .active_from = n->body->start };
            chain_actions(n);
            break;
        case N_DEFER:
            vec_push(&cx->defers, n);
            n->actions = arena_alloc(cx->arena, sizeof *n->actions);
            n->nactions = 1;
            n->actions[0] = (Action){ .kind = ACT_DEFER, .owner = n, .active_from = n->end };
            chain_actions(n);
            break;
        case N_LABEL: vec_push(&cx->labels, n); break;
        case N_IF: case N_FOR: case N_WHILE: case N_DO: case N_SWITCH: case N_MACRO:
            vec_push(&cx->heads, n);
            break;
        case N_SIMPLE:
            if (parent && (parent->kind == N_BLOCK || parent->kind == N_STMT_EXPR))
                note_local_labels(cx, n, parent);
            break;
        case N_GOTO: case N_BREAK: case N_CONTINUE: case N_RETURN:
        case N_CASE: case N_DEFAULT:
            vec_push(&cx->jumps, n);
            if ((n->kind == N_BREAK || n->kind == N_CONTINUE) && around.header_loop) {
                vec_push(&cx->header_jumps, n);
                vec_push(&cx->header_loops, around.header_loop);
            }
            break;
        default: break;
        }
        Around cond = around;                  /* conditions: still outside */
        if (n->kind == N_WITH) cond.in_with_header = true;
        if (n->kind == N_FOR || n->kind == N_WHILE || n->kind == N_DO) cond.header_loop = n;
        collect(cx, n->kids, n, cond);
        if (n->body) {
            Around inner = around;
            if (n->nactions && n->kind != N_DEFER) inner.owner = n;
            if (n->kind == N_DEFER) inner.deferred = n;
            if (is_loop(n->kind)) inner.loop = inner.breakable = n, inner.header_loop = NULL;
            if (n->kind == N_SWITCH) inner.sw = inner.breakable = n;
            n->body->next = NULL;
            collect(cx, n->body, n, inner);
        }
        if (n->else_body) { n->else_body->next = NULL; collect(cx, n->else_body, n, around); }
        /* the statements after a defer in its block are its scope */
        if (n->kind == N_DEFER && defer_has_scope(n)) around.owner = n;
    }
}

/* The actions active at node n, innermost first: the owners whose region
 * holds it, each with those of its actions already set up. */
static void active_at(const Node *n, ActionList *out)
{
    out->n = 0;
    for (const Node *p = n->scope_owner; p; p = p->scope_owner) {
        if (!in_scope_of(p, n->start)) continue;
        for (int i = p->nactions; i-- > 0;)
            if (p->actions[i].active_from <= n->start) vec_push(out, &p->actions[i]);
    }
}

/* How many leading entries of each list the other does not have: both end
 * in the actions of their common enclosing scopes. */
static void split(const ActionList *a, const ActionList *b, size_t *a_only, size_t *b_only)
{
    size_t i = a->n, j = b->n;
    while (i > 0 && j > 0 && a->v[i - 1] == b->v[j - 1]) i--, j--;
    *a_only = i;
    *b_only = j;
}

/* The jump runs the first n actions of list (active_at's, for it). */
static void set_exits(Node *jump, const ActionList *list, size_t n)
{
    jump->exit_head = n ? list->v[0] : NULL;
    jump->nexits = (int)n;
#ifdef CWITH_CHECK_CHAINS
    const Action *a = jump->exit_head;
    for (size_t i = 0; i < n; i++, a = a->outer)
        if (a != list->v[i]) abort();
#endif
}

static void note_with(Context *cx, const Node *w)
{
    note_at(cx->diag, &w->tok, w->kind == N_DEFER ? "the defer statement is here"
                                                  : "the with-statement is here");
}

/* "with-statement" or "defer statement", for messages about an owner. */
static const char *owner_what(const Node *owner)
{
    return owner->kind == N_DEFER ? "the scope of a defer statement" : "the body of a with-statement";
}

/* ---------------------------------------------------------------- jumps */

/* The loop (or switch, for break) that a break/continue at node `from`
 * leaves. */
static Node *jump_target(const Node *jump, const Node *from)
{
    return jump->kind == N_BREAK ? from->breakable : from->loop;
}

/* GNU: a break or continue in a statement expression in a loop's header
 * (`while (({ if (c) break; n; }))`): gcc takes it to the loop or switch
 * around that loop, clang to that loop itself (the condition and the
 * increment; the same as gcc in a for's first clause). cwith gives it
 * gcc's exits; refused where clang's reading would run others. */
static void check_header_jumps(Context *cx)
{
    for (size_t i = 0; i < cx->header_jumps.n; i++) {
        const Node *jump = cx->header_jumps.v[i], *loop = cx->header_loops.v[i];
        const Node *target = jump_target(jump, jump);
        if (target && target->start > loop->start) continue;   /* a switch in the header */
        size_t clang_leave, unused;
        active_at(jump, &cx->here);
        active_at(loop, &cx->there);
        split(&cx->here, &cx->there, &clang_leave, &unused);
        if ((int)clang_leave == jump->nexits) continue;
        const char *kw = jump->kind == N_BREAK ? "break" : "continue";
        error_at(cx->diag, &jump->tok, "'%s' in a statement expression in the %s of a %s "
                 "statement: gcc binds it to %s, clang to the statement itself, and the two "
                 "would run different exits; set a flag there and test it after the statement",
                 kw, loop->kind == N_FOR ? "header" : "condition",
                 loop->kind == N_FOR ? "for" : loop->kind == N_WHILE ? "while" : "do",
                 !target ? "no loop (an error)"
                 : target->kind == N_SWITCH ? "the switch around that statement"
                                            : "the loop around that statement");
        size_t first = clang_leave < (size_t)jump->nexits ? clang_leave : (size_t)jump->nexits;
        note_with(cx, cx->here.v[first]->owner);    /* the first one run by one reading only */
    }
}

static void analyze_break(Context *cx, Node *jump)
{
    Node *target = jump_target(jump, jump);
    if (!target) {
        /* no loop or switch that cwith can see: an error for the compiler,
         * unless a macro cwith does not read opened one (a header's
         * `#define LOOP_BEGIN for (...) {`): then the jump would leave the
         * with-statements around it without their exits */
        if (cx->here.n > 0) vec_push(&cx->unplaced, jump);
        set_exits(jump, &cx->here, 0);
        return;
    }
    size_t leave, unused;
    active_at(target, &cx->there);
    split(&cx->here, &cx->there, &leave, &unused);
    set_exits(jump, &cx->here, leave);
    if (target->kind != N_MACRO) return;
    /* a macro whose every #define is a loop head: the jump is its */
    if (macro_is_loop(cx->macros, cx->diag, text(cx, &target->tok), target->tok.len)) return;
    /* FOO(...) { ... } may be a loop or not: if not, the jump also runs the
     * actions between it and the next loop out. */
    Node *next = jump_target(jump, target);
    if (!next) return;
    size_t leave_next;
    active_at(next, &cx->there);
    split(&cx->here, &cx->there, &leave_next, &unused);
    if (leave_next > leave) {
        error_at(cx->diag, &jump->tok, "cannot tell whether this '%s' leaves the with-statement: "
                 "'%.*s' is a macro, not a loop cwith knows; write the loop out here, or build "
                 "through the compiler wrapper (cwith CC ...), which sees the macro expanded",
                 jump->kind == N_BREAK ? "break" : "continue",
                 (int)target->tok.len, text(cx, &target->tok));
        note_with(cx, cx->here.v[leave]->owner);
    }
}

/* The breaks and continues inside a with-statement or a defer's scope
 * with no loop (or switch) around them that cwith sees, when nothing else
 * in the function was refused (a misread structure, which another error
 * explains, can leave one). */
static void check_unplaced(Context *cx)
{
    for (size_t i = 0; i < cx->unplaced.n; i++) {
        const Node *jump = cx->unplaced.v[i];
        active_at(jump, &cx->here);
        const Node *owner = cx->here.v[0]->owner;
        error_at(cx->diag, &jump->tok, "'%s' with no loop%s around it that cwith can see, "
                 "inside %s: if a macro opens the loop, write the loop out here, or build "
                 "through the compiler wrapper (cwith CC ...), which sees the macro expanded",
                 jump->kind == N_BREAK ? "break" : "continue",
                 jump->kind == N_BREAK ? " or switch" : "", owner_what(owner));
        note_with(cx, owner);
    }
}

/* The with-statement or defer whose region holds the GNU nested function
 * func, or one around the function that holds it, and so on; or NULL. */
static const Node *owner_around_function(const Node *func)
{
    for (const Node *f = func; f; ) {
        if (f->scope_owner) return f->scope_owner;
        const Node *up = f->parent;
        while (up && up->kind != N_FUNC) up = up->parent;
        f = up;
    }
    return NULL;
}

static void analyze_goto(Context *cx, Node *jump)
{
    Node *label = find_label(cx, jump, &jump->name);
    const Node *around;
    if (!label && cx->func->parent && (around = owner_around_function(cx->func))) {
        /* GNU: a non-local goto to a label of an enclosing function leaves
         * the nested function's callers, and the owners around it, which
         * cwith cannot see from here */
        error_at(cx->diag, &jump->name, "label '%.*s' is not in this nested function: a goto "
                 "to a label of the function around it would leave %s without %s; raise an "
                 "error with cwith_raise instead, or define the nested function outside it",
                 (int)jump->name.len, text(cx, &jump->name), owner_what(around),
                 around->kind == N_DEFER ? "running the deferred statement" : "its exits");
        note_with(cx, around);
        set_exits(jump, &cx->here, 0);
        return;
    }
    if (!label) {
        if (cx->here.n > 0) {
            error_at(cx->diag, &jump->name, "label '%.*s' is not defined in this function, so cwith "
                     "cannot tell which with-statements this goto leaves",
                     (int)jump->name.len, text(cx, &jump->name));
            note_with(cx, cx->here.v[0]->owner);
        }
        set_exits(jump, &cx->here, 0);
        return;
    }
    size_t leave, enter;
    active_at(label, &cx->there);
    split(&cx->here, &cx->there, &leave, &enter);
    if (enter > 0) {
        error_at(cx->diag, &jump->tok, "goto '%.*s' jumps into %s",
                 (int)jump->name.len, text(cx, &jump->name),
                 owner_what(cx->there.v[enter - 1]->owner));
        note_at(cx->diag, &label->tok, "label '%.*s' is here", (int)label->name.len,
                text(cx, &label->name));
        note_with(cx, cx->there.v[enter - 1]->owner);     /* the outermost */
        return;
    }
    set_exits(jump, &cx->here, leave);
}

/* A case or default label must not be in the scope of an action that is
 * not active at its switch. */
static void analyze_case(Context *cx, Node *label)
{
    Node *sw = label->switch_around;
    if (!sw) return;
    size_t enter, unused;
    active_at(sw, &cx->there);
    split(&cx->here, &cx->there, &enter, &unused);
    if (enter == 0) return;
    const Node *owner = cx->here.v[enter - 1]->owner;
    if (owner->kind == N_DEFER)
        error_at(cx->diag, &label->tok, "'%s' label after a defer statement whose switch is "
                 "outside its block: the switch would jump into the defer's scope",
                 label->kind == N_CASE ? "case" : "default");
    else
        error_at(cx->diag, &label->tok, "'%s' label inside a with-statement whose switch is "
                 "outside it", label->kind == N_CASE ? "case" : "default");
    note_with(cx, cx->here.v[enter - 1]->owner);            /* the outermost */
    note_at(cx->diag, &sw->tok, "the switch is here");
}


/* Whether t[b..e) (a parenthesised group's inside) is surely a type name:
 * it ends in '*' or begins with a type keyword. */
static bool surely_type(const char *t, size_t b, size_t e)
{
    static const char words[][9] = { "void", "char", "short", "int", "long", "float",
        "double", "signed", "unsigned", "_Bool", "bool", "struct", "union", "enum",
        "const", "volatile" };
    while (b < e && isspace((unsigned char)t[b])) b++;
    while (e > b && isspace((unsigned char)t[e - 1])) e--;
    if (e > b && t[e - 1] == '*') return true;
    size_t w = b;
    while (w < e && (isalnum((unsigned char)t[w]) || t[w] == '_')) w++;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == w - b && !memcmp(t + b, words[i], w - b)) return true;
    return false;
}

/* Past the string or character literal that starts at t[i]. */
static size_t past_literal(const char *t, size_t i, size_t e)
{
    char quote = t[i];
    for (i++; i < e && t[i] != quote; i++)
        if (t[i] == '\\') i++;
    return i < e ? i + 1 : e;
}

/* The ')' that closes the '(' at t[b], before e, or e; a ')' in a
 * literal closes nothing (`(c == ')' ? p : q)`). */
static size_t closing_paren(const char *t, size_t b, size_t e)
{
    int depth = 0;
    for (size_t i = b; i < e; i++) {
        if (t[i] == '"' || t[i] == '\'') i = past_literal(t, i, e) - 1;
        else if (t[i] == '(') depth++;
        else if (t[i] == ')' && --depth == 0) return i;
    }
    return e;
}

/* Where the operator `c` (',' or '?') stands in t[b..e) outside brackets
 * and literals: the last one (`last`) or the first; e if none. A comma
 * between a '?' and its ':' is inside the conditional's middle operand,
 * a whole expression (`k ? 0, p : q`), like one in brackets. */
static size_t top_level(const char *t, size_t b, size_t e, char c, bool last)
{
    size_t found = e;
    int depth = 0, open_conditionals = 0;
    for (size_t i = b; i < e; i++) {
        char ch = t[i];
        if (ch == '"' || ch == '\'') {
            i = past_literal(t, i, e) - 1;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            depth--;
        } else if (ch == c && depth == 0 && (c != ',' || open_conditionals == 0)) {
            found = i;
            if (!last) break;
        } else if (ch == '?' && depth == 0) {
            open_conditionals++;
        } else if (ch == ':' && depth == 0 && open_conditionals > 0) {
            open_conditionals--;
        }
    }
    return found;
}

/* The ':' that ends the conditional whose '?' is at t[q], or e. */
static size_t conditional_colon(const char *t, size_t q, size_t e)
{
    int depth = 0, open = 1;
    for (size_t i = q + 1; i < e; i++) {
        char ch = t[i];
        if (ch == '"' || ch == '\'') i = past_literal(t, i, e) - 1;
        else if (ch == '(' || ch == '[' || ch == '{') depth++;
        else if (ch == ')' || ch == ']' || ch == '}') depth--;
        else if (depth == 0 && ch == '?') open++;
        else if (depth == 0 && ch == ':' && --open == 0) return i;
    }
    return e;
}

enum { MAX_RETURNED = 8 };
typedef struct Returned {
    Token names[MAX_RETURNED];
    int n;
} Returned;

/* The identifiers that t[b..e), an expression, may have as its value:
 * the expression itself if it is an identifier, in parentheses or not,
 * cast or not (`(void *)p`, `(char *)(p)`: a cast hands nothing over;
 * `(f)(p)` is a call); either branch of a conditional (`k ? p : 0`, GNU
 * `p ?: q`); the last operand of a comma. Nothing is followed deeper than
 * `depth` conditionals. */
static void returned_values(const char *t, size_t b, size_t e, int depth, Returned *r)
{
    for (;;) {
        while (b < e && isspace((unsigned char)t[b])) b++;
        while (e > b && isspace((unsigned char)t[e - 1])) e--;
        size_t comma = top_level(t, b, e, ',', true);
        if (comma < e) {
            b = comma + 1;
            continue;
        }
        size_t q = top_level(t, b, e, '?', false);
        if (q < e) {
            size_t colon = conditional_colon(t, q, e);
            if (colon >= e || depth <= 0) return;
            size_t mid = q + 1;
            while (mid < colon && isspace((unsigned char)t[mid])) mid++;
            if (mid == colon) returned_values(t, b, q, depth - 1, r);     /* p ?: q */
            else returned_values(t, q + 1, colon, depth - 1, r);
            b = colon + 1;
            depth--;
            continue;
        }
        /* a statement expression's braces (its parentheses are gone):
         * its value is its last statement's */
        if (e - b >= 2 && t[b] == '{' && t[e - 1] == '}') {
            size_t last = SIZE_MAX, before = b;     /* the last two top-level ';' */
            int level = 0;
            for (size_t i = b + 1; i + 1 < e; i++) {
                char ch = t[i];
                if (ch == '"' || ch == '\'') i = past_literal(t, i, e) - 1;
                else if (ch == '(' || ch == '[' || ch == '{') level++;
                else if (ch == ')' || ch == ']' || ch == '}') {
                    /* a block ends a statement too: `{ ... } p;` */
                    if (--level == 0 && ch == '}') before = last = i;
                } else if (level == 0 && ch == ';') {
                    before = last == SIZE_MAX ? before : last;
                    last = i;
                }
            }
            if (last == SIZE_MAX || last == before) break;
            b = before + 1;
            e = last;
            continue;
        }
        if (e - b < 2 || t[b] != '(') break;
        size_t close = closing_paren(t, b, e);
        if (close == e - 1) {
            b++, e--;
            continue;
        }
        if (close >= e) break;
        size_t rest = close + 1;
        while (rest < e && isspace((unsigned char)t[rest])) rest++;
        /* `(X) p` is a cast; `(X)(p)` only when X is surely a type */
        if (rest < e && (is_word_start((unsigned char)t[rest]) ||
                         (t[rest] == '(' && surely_type(t, b + 1, close)))) {
            b = rest;
            continue;
        }
        break;
    }
    if (b == e || !is_word_start((unsigned char)t[b]) || r->n == MAX_RETURNED) return;
    for (size_t i = b; i < e; i++) {
        if (t[i] == '\\') {       /* a line splice or \u00e9 inside the name */
            if (i + 1 < e && (t[i + 1] == 'u' || t[i + 1] == 'U')) i++;
            else if (i + 1 < e && t[i + 1] == '\n') i++;
            else if (i + 2 < e && t[i + 1] == '\r' && t[i + 2] == '\n') i += 2;
            else return;
        } else if (!is_word_byte((unsigned char)t[i])) {
            return;
        }
    }
    Token *name = &r->names[r->n++];
    *name = (Token){ 0 };
    name->pos = b;
    name->len = (unsigned)(e - b);
}

/* A copy of s (n bytes) with its comments made blanks (line ends kept),
 * so that the text scans above need not know them; NULL if s has none. */
static char *comments_blanked(const char *s, size_t n)
{
    char *copy = NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"' || s[i] == '\'') {
            i = past_literal(s, i, n) - 1;
            continue;
        }
        if (s[i] != '/' || i + 1 >= n || (s[i + 1] != '*' && s[i + 1] != '/')) continue;
        if (!copy) copy = memcpy(xmalloc(n), s, n);
        bool line = s[i + 1] == '/';
        size_t end = i + 2;
        while (end < n && (line ? s[end] != '\n' : !(s[end - 1] == '*' && s[end] == '/' &&
                                                     end > i + 2)))
            end++;
        if (!line && end < n) end++;                /* past the closing '/' */
        for (size_t k = i; k < end; k++)
            if (copy[k] != '\n') copy[k] = ' ';
        i = end - 1;
    }
    return copy;
}

/* `return p;` where p is the `as` name of an item this return exits: the
 * caller would get a released resource. So is `return k ? p : 0;`. */
static void check_returned_name(Context *cx, const Node *ret)
{
    if (ret->expr_start >= ret->expr_end) return;
    size_t b = ret->expr_start, n = ret->expr_end - b;
    char *blanked = comments_blanked(cx->src->text + b, n);
    Returned values = { .n = 0 };
    returned_values(blanked ? blanked : cx->src->text + b, 0, n, 16, &values);
    free(blanked);
    for (int v = 0; v < values.n; v++) values.names[v].pos += b;
    for (int v = 0; v < values.n; v++) {
        const Token name = values.names[v];
        const Action *a = ret->exit_head;
        for (int i = 0; i < ret->nexits; i++, a = a->outer) {
            if (a->kind != ACT_WITH_EXIT) continue;
            const WithItem *it = &a->owner->items[a->index];
            if (!it->name.len || !same_name(cx, &it->name, &name)) continue;
            char buf[512];
            size_t len;
            const char *spelt = name_text(cx, &name, buf, &len);
            error_at(cx->diag, &ret->tok, "returning '%.*s', which the with-statement releases "
                     "before the caller gets it (a use after free)", (int)len, spelt);
            note_at(cx->diag, &it->name, "'%.*s' is released by the exit of '%.*s' when the "
                    "return leaves this with-statement; to hand the resource to the caller, "
                    "write cwith_take(%.*s) in its place, as in return cwith_take(%.*s); (if this "
                    "'%.*s' is a variable of its own that hides the item's name, rename it: "
                    "cwith does not follow declarations)",
                    (int)len, spelt, (int)it->manager.len, text(cx, &it->manager),
                    (int)len, spelt, (int)len, spelt, (int)len, spelt);
            return;
        }
    }
}

static void analyze_jump(Context *cx, Node *j)
{
    if (j->kind == N_RETURN) {      /* every action around it: one chain */
        j->exit_head = innermost_active(j);
        j->nexits = j->exit_head ? j->exit_head->depth : 0;
#ifdef CWITH_CHECK_CHAINS
        const Action *head = j->exit_head;
        int n = j->nexits;
        active_at(j, &cx->here);
        set_exits(j, &cx->here, cx->here.n);
        if (head != j->exit_head || n != j->nexits) abort();
#endif
        if (j->nexits > cx->func->most_return_exits) cx->func->most_return_exits = j->nexits;
        check_returned_name(cx, j);
        return;
    }
    active_at(j, &cx->here);
    switch (j->kind) {
    case N_BREAK: case N_CONTINUE: analyze_break(cx, j); break;
    case N_GOTO: analyze_goto(cx, j); break;
    default: analyze_case(cx, j); break;
    }
}

/* ----------------------------------------------------- positions, not nodes */

/* The defer among block's kids whose scope holds a kid that has `owner`
 * (its scope_owner), or NULL: the statements after a defer have it as
 * their owner, or a later defer of the block. */
static const Node *block_defer(const Node *block, const Node *owner)
{
    return owner && owner->kind == N_DEFER && owner->parent == block ? owner : NULL;
}

/* The innermost with-statement whose body holds pos, or defer whose scope
 * holds it, or NULL, for positions in non-decreasing order through cur.
 * pos need not be in a statement (a skipped #if branch lies between
 * statements). The nodes' scope owners are those collect() set: not for
 * nested functions, whose positions the callers leave out. */
static const Node *owner_around(const Context *cx, NodeCursor *cur, size_t pos)
{
    const Node *at = node_cursor_at(cur, pos), *child = NULL;
    for (const Node *a = at; a; child = a, a = a->parent) {
        if (a->kind == N_WITH && in_with_body(a, pos)) return a;
        if (a->kind == N_BLOCK || a->kind == N_STMT_EXPR || a->kind == N_FUNC) {
            const Node *d;
            if (child)                  /* a kid of a holds pos */
                d = block_defer(a, child->scope_owner);
            else if (cur->resume)       /* pos between kids: the next kid's */
                d = block_defer(a, cur->resume->scope_owner);
            else if (cur->before)       /* after the last kid */
                d = cur->before->kind == N_DEFER ? cur->before
                                                 : block_defer(a, cur->before->scope_owner);
            else
                d = NULL;
            if (d) return d;
        }
        if (a == cx->func || a->kind == N_FUNC) break;
    }
    return NULL;
}

/* Is pos inside one of the functions nested in this one (analysed on
 * their own)? They are in source order and do not overlap. */
static bool in_nested_function(const Context *cx, size_t pos)
{
    size_t lo = 0, hi = cx->funcs.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cx->funcs.v[mid]->end <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo < cx->funcs.n && pos >= cx->funcs.v[lo]->start;
}

/* `cwith_take(NAME)`: NAME is the `as` name of an item whose exit is
 * active there (its with body, or a later item's call), in this function:
 * from then on that exit is cancelled. */
static void resolve_take(Context *cx, const Node *at, const Mark *m)
{
    if (!m->arg.len) {
        error_at(cx->diag, &m->tok, "cwith_take takes the 'as' name of a with-item: "
                 "cwith_take(NAME)");
        return;
    }
    for (const Node *n = at; n && n->kind != N_FUNC; n = n->parent) {
        if (n->kind != N_WITH || m->tok.pos >= n->body->end) continue;
        for (int k = n->nitems; k-- > 0;) {
            WithItem *it = &n->items[k];
            /* its scope: its body, and the calls of the items after it */
            bool in_later_call = false;
            for (int j = k + 1; j < n->nitems; j++)
                in_later_call |= m->tok.pos >= n->items[j].call_start &&
                                 m->end <= n->items[j].call_end;
            if (!it->name.len || !same_name(cx, &it->name, &m->arg) ||
                (n->actions[k].active_from > m->tok.pos && !in_later_call))
                continue;
            it->taken = true;
            vec_push(cx->takes, ((Take){ m->tok.pos, m->end, it, m->alone }));
            return;
        }
    }
    error_at(cx->diag, &m->arg, "'%.*s' is not the 'as' name of a with-item around this "
             "cwith_take", (int)m->arg.len, text(cx, &m->arg));
    note_at(cx->diag, &m->tok, "cwith_take(NAME) hands out the value of the item "
            "`with (... as NAME)` whose body holds it, and cancels its exit");
}

/* The first of the file's marks in this function: the filter adds them as
 * it reads, so they are in source order (a binary search, not a walk over
 * every mark of the file for each function). */
static size_t first_mark(const Context *cx, const Marks *marks)
{
    size_t lo = 0, hi = marks->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (marks->v[mid].tok.pos < cx->func->body_start) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static void check_marks(Context *cx, const Marks *marks)
{
    NodeCursor cur = { .root = cx->func };     /* the marks are in source order, */
    NodeCursor asm_cur = { .root = cx->func };  /* and so are their asm statements */
    for (size_t i = first_mark(cx, marks); i < marks->n && marks->v[i].tok.pos < cx->func->end; i++) {
        const Mark *m = &marks->v[i];
        if (in_nested_function(cx, m->tok.pos)) continue;
        if (m->kind == MARK_CLEANUP) continue;
        if (m->kind == MARK_TAKE) {
            resolve_take(cx, node_cursor_at(&cur, m->tok.pos), m);
            continue;
        }
        if (m->kind == MARK_ASM_LABEL) {
            /* (an asm goto in a with body or a defer's scope is refused
             * below, whatever its labels) */
            Node *label = find_label(cx, NULL, &m->tok);
            if (!label || owner_around(cx, &asm_cur, m->arg.pos))
                continue;
            active_at(label, &cx->there);
            if (cx->there.n == 0) continue;
            const Node *owner = cx->there.v[cx->there.n - 1]->owner;     /* the outermost */
            error_at(cx->diag, &m->tok, "this asm goto may jump to label '%.*s', inside %s: "
                     "it would enter it without %s; jump to a label outside it",
                     (int)m->tok.len, text(cx, &m->tok), owner_what(owner),
                     owner->kind == N_DEFER ? "passing the defer" : "the enter");
            note_with(cx, owner);
            continue;
        }
        if (m->kind == MARK_LABEL_ADDRESS || m->kind == MARK_MAYBE_LABEL_ADDRESS) {
            Node *label = find_label(cx, NULL, &m->tok);
            if (!label) continue;
            active_at(label, &cx->there);
            if (label->in_deferred) {
                error_at(cx->diag, &m->tok, "the address of label '%.*s' is taken, but the label "
                         "is inside a deferred statement: a computed goto could jump into it",
                         (int)m->tok.len, text(cx, &m->tok));
                note_with(cx, label->in_deferred);
                continue;
            }
            if (cx->there.n == 0) continue;
            if (m->kind == MARK_LABEL_ADDRESS)
                error_at(cx->diag, &m->tok, "the address of label '%.*s' is taken, but the label "
                         "is inside a with-statement: a computed goto could jump into it",
                         (int)m->tok.len, text(cx, &m->tok));
            else
                error_at(cx->diag, &m->tok, "'&&%.*s' after ')' may take the address of label "
                         "'%.*s', which is inside a with-statement (a computed goto could jump "
                         "into it); if it is a logical and, rename the label or the variable",
                         (int)m->tok.len, text(cx, &m->tok), (int)m->tok.len, text(cx, &m->tok));
            note_with(cx, cx->there.v[0]->owner);
            continue;
        }
        const Node *w = owner_around(cx, &cur, m->tok.pos);
        if (!w) continue;
        if (m->kind == MARK_MUSTTAIL) {
            error_at(cx->diag, &m->tok, "a musttail return inside %s cannot be a tail call: %s "
                     "after the call; leave out musttail, or return after %s",
                     w->kind == N_DEFER ? "the scope of a defer statement" : "a with-statement",
                     w->kind == N_DEFER ? "the deferred statement runs" : "the exits run",
                     w->kind == N_DEFER ? "that scope" : "the with-statement");
            note_with(cx, w);
            continue;
        }
        error_at(cx->diag, &m->tok, "%s inside %s: cwith cannot tell where it goes",
                 m->kind == MARK_COMPUTED_GOTO ? "computed goto" : "asm goto",
                 w->kind == N_DEFER ? "the scope of a defer statement" : "a with-statement");
        note_with(cx, w);
    }
}

/* A variable with a cleanup attribute in a with body: on the way out its
 * cleanup must run before the with's exit, as it does at the end of the
 * body. A jump from its scope runs the exits first (they precede the jump)
 * and the cleanup after: refused. */
/* A block and its first cleanup attribute (the marks of a block share the
 * with-statements around them). */
typedef struct BlockMark {
    const Node *block;
    const Mark *mark;
} BlockMark;

static int by_block_then_place(const void *pa, const void *pb)
{
    const BlockMark *a = pa, *b = pb;
    if (a->block->start != b->block->start) return a->block->start < b->block->start ? -1 : 1;
    if (a->block != b->block) return (uintptr_t)a->block < (uintptr_t)b->block ? -1 : 1;
    return a->mark->tok.pos < b->mark->tok.pos ? -1 : a->mark->tok.pos > b->mark->tok.pos;
}

static int by_mark_place(const void *pa, const void *pb)
{
    const BlockMark *a = pa, *b = pb;
    return a->mark->tok.pos < b->mark->tok.pos ? -1 : a->mark->tok.pos > b->mark->tok.pos;
}

static int by_start_place(const void *pa, const void *pb)
{
    const Node *a = *(const Node *const *)pa, *b = *(const Node *const *)pb;
    return a->start < b->start ? -1 : a->start > b->start;
}

/* Does the jump run the exits of w, a with-statement whose body holds it?
 * Its exits are the first nexits actions of its chain; w's first item's
 * is the outermost of w's. */
static bool leaves(const Node *jump, const Node *w)
{
    return jump->nexits > 0 && w->nactions > 0 &&
           w->actions[0].depth > jump->exit_head->depth - jump->nexits;
}

/* The innermost with-statement whose body holds the node (through the
 * owners of the regions around it), or NULL. */
static const Node *with_around(const Node *n)
{
    for (const Node *p = n ? n->scope_owner : NULL; p; p = p->scope_owner)
        if (p->kind == N_WITH && in_with_body(p, n->start)) return p;
    return NULL;
}

static void check_cleanups(Context *cx, const Marks *marks)
{
    VEC(BlockMark) firsts = { 0 };
    NodeCursor cur = { .root = cx->func };     /* the marks are in source order */
    for (size_t i = first_mark(cx, marks); i < marks->n && marks->v[i].tok.pos < cx->func->end; i++) {
        const Mark *m = &marks->v[i];
        if (m->kind != MARK_CLEANUP || in_nested_function(cx, m->tok.pos)) continue;
        const Node *b = node_cursor_at(&cur, m->tok.pos);
        while (b != cx->func && b->kind != N_BLOCK && b->kind != N_STMT_EXPR) b = b->parent;
        vec_push(&firsts, ((BlockMark){ b, m }));
    }
    if (firsts.n == 0) return;
    qsort(firsts.v, firsts.n, sizeof *firsts.v, by_block_then_place);
    size_t kept = 0;
    for (size_t i = 0; i < firsts.n; i++)
        if (kept == 0 || firsts.v[kept - 1].block != firsts.v[i].block) firsts.v[kept++] = firsts.v[i];
    firsts.n = kept;
    qsort(firsts.v, firsts.n, sizeof *firsts.v, by_mark_place);
    /* the jumps in source order, each with the blocks around it whose first
     * cleanup variable comes before it (a stack, innermost on top): one in
     * the body of a with-statement the jump leaves is refused (a defer's
     * statement runs after the jump has left the variable's scope: in
     * order). If the innermost is not, no outer one is: it holds them. */
    Nodes jumps = { 0 };
    for (size_t j = 0; j < cx->jumps.n; j++)
        if (cx->jumps.v[j]->nexits > 0) vec_push(&jumps, cx->jumps.v[j]);
    if (jumps.n > 1) qsort(jumps.v, jumps.n, sizeof *jumps.v, by_start_place);
    VEC(const BlockMark *) around = { 0 };
    size_t next = 0;
    for (size_t j = 0; j < jumps.n && !diag_full(cx->diag); j++) {
        const Node *jump = jumps.v[j];
        for (; next < firsts.n && firsts.v[next].mark->tok.pos <= jump->start; next++) {
            while (around.n && around.v[around.n - 1]->block->end <= firsts.v[next].mark->tok.pos)
                around.n--;
            vec_push(&around, &firsts.v[next]);
        }
        while (around.n && around.v[around.n - 1]->block->end <= jump->start) around.n--;
        for (size_t k = around.n; k-- > 0;) {
            const BlockMark *bm = around.v[k];
            const Node *w = with_around(bm->block->kind == N_FUNC ? NULL : bm->block);
            if (!w || !leaves(jump, w)) break;
            error_at(cx->diag, &jump->tok, "this jump leaves the with-statement from the scope of "
                     "a variable with a cleanup attribute: the exit would run before the cleanup "
                     "(at the end of the body it runs after it)");
            note_at(cx->diag, &bm->mark->tok, "the cleanup attribute is here; end the variable's "
                    "block before the jump");
            note_with(cx, w);
        }
    }
    vec_free(&around);
    vec_free(&jumps);
    vec_free(&firsts);
}

/* The first directive at or after pos (binary search), or NULL. */
static const Directive *directive_from(const Directives *d, size_t pos)
{
    size_t i = directive_index(d, pos);
    return i < d->n ? &d->v[i] : NULL;
}

static const Directive *directive_in(const Directives *d, size_t start, size_t end)
{
    const Directive *x = directive_from(d, start);
    return x && x->pos < end ? x : NULL;
}

/* Preprocessor lines that split what cwith rewrites: a jump it gives exits
 * (`return` / `#ifdef X` / `a;` / `#else` / `b;`: the exits would go with
 * one branch), a with-statement outside its body and else (a body chosen
 * by #ifdef), and an #include inside a body (cwith does not read it: a jump
 * in it would skip the exits). */
/* The first #include line in [start, end), or NULL. */
static const Directive *include_in(const Directives *d, size_t start, size_t end)
{
    for (const Directive *x = directive_from(d, start); x && x < d->v + d->n && x->pos < end; x++)
        if (x->is_include) return x;
    return NULL;
}

/* The first #if, #else or #endif in [start, end) whose group does not lie
 * wholly inside it, or NULL. */
static const Directive *unmatched_conditional(const Directives *d, size_t start, size_t end)
{
    const Directive *open = NULL;       /* the outermost #if still open */
    int depth = 0;
    for (const Directive *x = directive_from(d, start); x && x < d->v + d->n && x->pos < end; x++) {
        if (x->is_include) continue;
        if (x->cond > 0 && depth++ == 0) open = x;
        else if (x->cond <= 0 && depth == 0) return x;      /* ends a group begun before */
        else if (x->cond < 0) depth--;
    }
    return depth > 0 ? open : NULL;
}

/* The outermost conditional group begun in [start, pos) and still open at
 * pos: its #if, or NULL. */
static const Directive *open_group(const Directives *d, size_t start, size_t pos)
{
    const Directive *first = NULL;
    int open = 0;
    for (const Directive *x = directive_from(d, start); x && x < d->v + d->n && x->pos < pos; x++) {
        if (x->is_include || x->cond == 0) continue;
        if (x->cond > 0 && open++ == 0) first = x;
        else if (x->cond < 0 && open > 0) open--;
    }
    return open ? first : NULL;
}

typedef VEC(const Directive *) DirectiveRefs;

/* The #endif of the group whose #if is `x` (NULL: none); each #elif and
 * #else of the group is pushed on `branches`. */
static const Directive *group_end(const Directives *d, const Directive *x, DirectiveRefs *branches)
{
    int depth = 0;
    for (x++; x < d->v + d->n; x++) {
        if (x->is_include) continue;
        if (x->cond > 0) depth++;
        else if (x->cond < 0 && depth-- == 0) return x;
        else if (x->cond == 0 && depth == 0) vec_push(branches, x);
    }
    return NULL;
}

static bool block_like(const Node *n)
{
    return n->kind == N_BLOCK || n->kind == N_FUNC || n->kind == N_STMT_EXPR;
}

/* The statement that `if`, `else`, a loop, a switch, a statement macro or a
 * defer controls, chosen by the preprocessor: `for (...)` / `#ifdef A` /
 * `a();` / `#else` / `b();` / `#endif` (or no #else, and the statement after
 * #endif). The parser reads every branch, so it takes a(); for the body and
 * b(); for a statement after the loop. Where that changes what cwith writes
 * it is refused: a deferred statement so chosen; a defer that would be read
 * as one of the block (its scope); a break or continue under a
 * with-statement or defer whose loop cwith could get wrong (its exits). */
static void check_chosen_body(Context *cx, const Directives *d, const Node *head, size_t kw,
                              const Node *s)
{
    const Directive *x = unmatched_conditional(d, kw, s->start);
    if (!x) return;
    Token at = token_at(cx->src, x->pos, 1);
    if (head->kind == N_DEFER) {
        error_at(cx->diag, &at, "a preprocessor conditional chooses the deferred statement: "
                 "cwith reads every branch and would defer only the first one's statement; "
                 "put braces around the #if ... #endif");
        note_with(cx, head);
        return;
    }
    const Node *top = head;         /* the statement of the block that holds head */
    bool loop = false, breakable = false;
    for (; top->parent && !block_like(top->parent); top = top->parent) {
        loop |= is_loop(top->kind);
        breakable |= is_loop(top->kind) || top->kind == N_SWITCH;
    }
    loop |= is_loop(top->kind);
    breakable |= is_loop(top->kind) || top->kind == N_SWITCH;
    size_t end = s->end;
    const Directive *group = open_group(d, kw, s->start);
    if (group) {        /* the later branches, and maybe the statement after #endif */
        DirectiveRefs parts = { 0 };
        const Directive *endif = group_end(d, group, &parts);
        const Node *n = top->next;
        while (n && endif && n->start < endif->pos) n = n->next;
        end = !endif ? cx->func->end : n ? n->end : endif->pos;
        /* every branch has a statement and one is #else: the one after #endif is not chosen */
        bool all = endif && parts.n > 0;
        const char *t = cx->src->text;
        if (all) {
            size_t i = parts.v[parts.n - 1]->pos + 1;
            while (t[i] == ' ' || t[i] == '\t') i++;
            all = strncmp(t + i, "else", 4) == 0 && !isalnum((unsigned char)t[i + 4])
                  && t[i + 4] != '_';
        }
        if (all) vec_push(&parts, endif);
        const Node *m = top->next;
        for (size_t i = 0; all && i + 1 < parts.n; i++) {
            while (m && m->start < parts.v[i]->pos) m = m->next;
            all = m && m->start < parts.v[i + 1]->pos;
        }
        if (all) end = endif->pos;
        vec_free(&parts);
    }
    const Node *bad = NULL;
    for (size_t i = 0; i < cx->defers.n && !bad; i++) {
        const Node *df = cx->defers.v[i];
        if (df->start >= s->end && df->start < end && defer_has_scope(df)
            && df->parent->start < head->start)
            bad = df;
    }
    size_t from = x->cond > 0 ? s->end : s->start;  /* #else or #endif: head may not be */
    for (size_t i = 0; i < cx->jumps.n && !bad; i++) {
        const Node *j = cx->jumps.v[i];
        if (j->start < from || j->start >= end) continue;
        if (!(j->kind == N_BREAK ? breakable : j->kind == N_CONTINUE ? loop : false)) continue;
        const Node *to = jump_target(j, j);
        if (to && to->start >= s->start) continue;      /* a loop of its own */
        active_at(j, &cx->here);
        if (cx->here.n > 0) bad = j;
    }
    if (!bad) return;
    error_at(cx->diag, &at, "a preprocessor conditional chooses the statement that this '%.*s' "
             "controls: cwith reads every branch, so it would take the statements of the later "
             "ones for statements after it; put braces around the #if ... #endif",
             (int)(kw == head->tok.pos ? head->tok.len : head->else_tok.len),
             cx->src->text + kw);
    note_at(cx->diag, &bad->tok, bad->kind == N_DEFER ? "this defer's scope would be wrong"
            : "the exits this '%.*s' runs would be wrong", (int)bad->tok.len, text(cx, &bad->tok));
}

static void check_directives(Context *cx, const Directives *d)
{
    if (d->n == 0) return;
    for (size_t i = 0; i < cx->heads.n; i++) {
        const Node *h = cx->heads.v[i];
        if (h->body) check_chosen_body(cx, d, h, h->tok.pos, h->body);
        if (h->else_body) check_chosen_body(cx, d, h, h->else_tok.pos, h->else_body);
    }
    for (size_t i = 0; i < cx->defers.n; i++)
        check_chosen_body(cx, d, cx->defers.v[i], cx->defers.v[i]->tok.pos, cx->defers.v[i]->body);
    for (size_t i = 0; i < cx->jumps.n; i++) {
        const Node *j = cx->jumps.v[i];
        const Directive *x;
        if (j->nexits > 0 && (x = directive_in(d, j->start, j->end))) {
            Token at = token_at(cx->src, x->pos, 1);
            error_at(cx->diag, &at, "preprocessor line inside a jump out of a with-statement: "
                     "the exits cwith adds would belong to one branch; write the whole "
                     "statement in each branch");
            note_at(cx->diag, &j->tok, "the jump is here");
        }
    }
    for (size_t i = 0; i < cx->withs.n; i++) {
        const Node *w = cx->withs.v[i];
        size_t tail_end = w->else_body ? w->else_body->start : w->end;
        const WithItem *last = &w->items[w->nitems - 1];
        size_t header_end = last->name.len ? last->name.pos + last->name.len : last->call_end;
        if (header_end == 0) continue;      /* a malformed header, reported */
        const Directive *x = directive_in(d, header_end, w->body->start);
        if (!x) x = directive_in(d, w->body->end, tail_end);
        if (x && !x->is_include) {
            Token at = token_at(cx->src, x->pos, 1);
            error_at(cx->diag, &at, "preprocessor conditional between the parts of a "
                     "with-statement: cwith cannot tell which body it has; put the #if around "
                     "the whole statement or inside its body");
            note_with(cx, w);
            continue;
        }
        if ((x = include_in(d, w->body->start, w->body->end))) {
            Token at = token_at(cx->src, x->pos, 1);
            error_at(cx->diag, &at, "#include inside a with body: cwith does not read the "
                     "included text, so a jump in it would skip the exits; include it outside "
                     "the with-statement");
            note_with(cx, w);
            continue;
        }
        if ((x = unmatched_conditional(d, w->start, w->end))) {
            Token at = token_at(cx->src, x->pos, 1);
            error_at(cx->diag, &at, "this preprocessor conditional is matched outside the "
                     "with-statement: the statement ends in one branch, so cwith's exits would "
                     "too; put the whole #if ... #endif inside the statement or around it");
            note_with(cx, w);
        }
    }
    for (size_t i = 0; i < cx->defers.n; i++) {     /* a defer's scope: the rest of its block */
        const Node *df = cx->defers.v[i];
        const Directive *x;
        if (defer_has_scope(df) && (x = include_in(d, df->end, df->parent->end))) {
            Token at = token_at(cx->src, x->pos, 1);
            error_at(cx->diag, &at, "#include in the scope of a defer statement: cwith does not "
                     "read the included text, so a jump in it would skip the deferred statement; "
                     "include it before the defer or outside its block");
            note_with(cx, df);
        }
    }
}

static void check_skipped(Context *cx, const SkippedRegions *skipped, MacroIndex *macros)
{
    size_t lo = 0, hi = skipped->n;     /* in source order: the first in this function */
    NodeCursor cur = { .root = cx->func };
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (skipped->v[mid].start < cx->func->body_start) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < skipped->n && skipped->v[i].start < cx->func->end; i++) {
        const SkippedRegion *r = &skipped->v[i];
        if (r->has_with) continue;      /* an error of its own (translate.c) */
        if (in_nested_function(cx, r->start)) continue;    /* checked with it */
        Token at = { 0, 0, r->start, 1, r->line, 1, 0 };
        const Node *w = owner_around(cx, &cur, r->start);
        /* (a macro there that may jump: the build step's macro check
         * does not see the branch) */
        if (w && (r->has_jump || macro_may_jump_in(macros, cx->diag, r->start, r->end))) {
            error_at(cx->diag, &at, "jump or label inside %s in a preprocessor branch that "
                     "cwith does not parse (the branches of this #if do not balance braces "
                     "alike)",
                     w->kind == N_DEFER ? "the scope of a defer statement" : "a with-statement");
            note_with(cx, w);
        }
    }
}

/* ---------------------------------------------------------------- defers */

/* Where a defer may stand, and jumps that would leave its statement (TS
 * 25755 forbids them) or enter it. */
static void check_defers(Context *cx)
{
    for (size_t i = 0; i < cx->defers.n; i++) {
        const Node *d = cx->defers.v[i];
        NodeKind p = d->parent->kind;
        if (p == N_LABEL || p == N_CASE || p == N_DEFAULT)
            error_at(cx->diag, &d->tok, "a defer statement right after a label: write an empty "
                     "statement between them (`label: ; defer ...`), so its scope is clear");
        else if (p == N_STMT_EXPR)
            error_at(cx->diag, &d->tok, "a defer statement directly in a statement expression "
                     "would change the expression's value: put it in a block inside it");
    }
    for (size_t i = 0; i < cx->jumps.n; i++) {
        const Node *j = cx->jumps.v[i];
        const Node *d = j->in_deferred;
        const Node *to = NULL;
        switch (j->kind) {
        case N_RETURN: break;
        case N_GOTO: to = find_label(cx, j, &j->name); if (!to) continue; break;
        case N_BREAK: case N_CONTINUE: to = jump_target(j, j); if (!to) continue; break;
        default: to = j->switch_around; if (!to) continue; break;
        }
        if (j->kind == N_GOTO && to->in_deferred && !(d && inside(d->body, to->start))) {
            error_at(cx->diag, &j->tok, "goto '%.*s' jumps into a deferred statement",
                     (int)j->name.len, text(cx, &j->name));
            note_with(cx, to->in_deferred);
            continue;
        }
        if (!d || (to && inside(d->body, to->start))) continue;
        if (j->kind == N_CASE || j->kind == N_DEFAULT)
            error_at(cx->diag, &j->tok, "'%s' label inside a deferred statement whose switch is "
                     "outside it", j->kind == N_CASE ? "case" : "default");
        else
            error_at(cx->diag, &j->tok, "'%.*s' would leave a deferred statement, which must "
                     "run to its end", (int)j->tok.len, text(cx, &j->tok));
        note_with(cx, d);
    }
}

/* Which return case of a defer (translator.h) a return takes. */
static unsigned return_case(const Node *ret)
{
    return ret->expr_start < ret->expr_end ? RETURN_CASE_VALUE : RETURN_CASE_PLAIN;
}

int defer_return_cases(const Node *d)
{
    return !!(d->return_cases & RETURN_CASE_VALUE) + !!(d->return_cases & RETURN_CASE_PLAIN);
}

int defer_return_case(const Node *d, const Node *ret)
{
    return return_case(ret) == RETURN_CASE_PLAIN && (d->return_cases & RETURN_CASE_VALUE);
}

/* Visits the defers whose statement jump j runs, each with j's action
 * index there; a return stops at the first defer that has its return case
 * already: the defers out from there have it too (returns x defers cases,
 * and walks, would be quadratic). count: only count them. */
static void note_defer_cases(const Node *j, bool count)
{
    const Action *a = j->exit_head;
    for (int e = 0; e < j->nexits && a->defers_out; e++, a = a->outer) {
        if (a->kind != ACT_DEFER || a->owner->on_error_only) continue;
        Node *d = (Node *)a->owner;
        if (j->kind != N_RETURN) {
            if (count) d->ncases++;
            else d->cases[d->ncases++] = (DeferCase){ j, e, a };
            continue;
        }
        if (count) {
            if (d->return_cases & return_case(j)) break;
            d->return_cases |= return_case(j);
            d->ncases++;
        } else {
            DeferCase *c = &d->cases[defer_return_case(d, j)];
            if (c->jump) break;     /* (the cases start zeroed: arena) */
            *c = (DeferCase){ j, e, a };
        }
    }
}

/* Each defer's cases: the jumps that run its statement, numbered from 1:
 * its return cases, then the others in source order (0 is the end of its
 * block, -1 an error unwinding). */
static void collect_defer_cases(Context *cx)
{
    for (size_t i = 0; i < cx->jumps.n; i++) note_defer_cases(cx->jumps.v[i], true);
    for (size_t i = 0; i < cx->defers.n; i++) {
        Node *d = cx->defers.v[i];
        d->cases = arena_alloc(cx->arena, (size_t)(d->ncases ? d->ncases : 1) * sizeof *d->cases);
        d->ncases = defer_return_cases(d);     /* the other jumps' cases go after */
    }
    for (size_t i = 0; i < cx->jumps.n; i++) note_defer_cases(cx->jumps.v[i], false);
}

/* gcc's -Wdangling-else, for the pairs the translation takes away from gcc. */
static void check_dangling_else(Context *cx)
{
    for (size_t i = 0; i < cx->withs.n; i++) {
        Node *w = cx->withs.v[i];
        Node *p = w->parent;
        if (w->else_body && p && p->kind == N_IF && !p->else_body && p->body == w)
            warning_at(cx->diag, &w->else_tok, "suggest explicit braces to avoid ambiguous "
                       "'else' (it belongs to the with-statement)");
        Node *b = w->body;
        if (!w->else_body && (b->kind == N_IF || b->kind == N_WITH) && b->else_body)
            warning_at(cx->diag, &b->else_tok, "suggest explicit braces to avoid ambiguous "
                       "'else' (it belongs to the inner '%s', not to the with-statement)",
                       b->kind == N_IF ? "if" : "with");
    }
}

/* ------------------------------------------------- the safety net's tests */

/* The action whose frame is on top of the chain when w is entered: the
 * innermost active where w stands (an enclosing item or defer of this
 * function; a deferred statement runs after its own frame is popped, with
 * those of the enclosing scopes still pushed, on every path). Not known
 * (NULL) when w stands in the header of a with-statement (a statement
 * expression in an item's call), where the items entered before it are
 * on the chain but not active in the analysis's sense. */
static const Action *frame_below(const Node *w)
{
    return w->in_with_header ? NULL : innermost_active(w);
}

/* Words followed by `(` that make no call. */
static bool no_call_word(const char *s, size_t n)
{
    static const char words[][20] = {       /* no pointers: read-only data */
        "if", "while", "for", "switch", "return", "case", "else", "do",
        "sizeof", "_Alignof", "alignof", "__alignof__", "__alignof", "_Generic",
        "typeof", "__typeof__", "__typeof", "typeof_unqual", "__typeof_unqual__",
        "_Static_assert", "static_assert", "__attribute__", "__attribute",
        "_Atomic", "__extension__", "_Pragma", "cwith_take",
    };
    if (n == 0 || n >= sizeof *words) return false;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)    /* words[i][n]: in its 20 bytes */
        if (words[i][0] == s[0] && words[i][n] == 0 && memcmp(words[i], s, n) == 0)
            return true;
    return false;
}


/* Whether the bytes [start, end) can make a call as cwith sees them: a
 * word followed by `(` (a function, a function-like macro, a nested
 * with-statement's enter, asm) other than a keyword, or `(` after `)` or
 * `]` (through a pointer; a cast, to be safe); a defer (setjmp). Comments,
 * strings and character constants are skipped. A call hidden in an
 * object-like macro (`errno`) is not seen: the net then only looks later
 * (README, "Safety net"). */
static bool bytes_call(const char *s, size_t start, size_t end)
{
    char prev = 0;              /* 'w': a word that may call, ')': `)` or `]` */
    for (size_t i = start; i < end;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '/' && i + 1 < end && s[i + 1] == '*') {
            for (i += 2; i + 1 < end && !(s[i] == '*' && s[i + 1] == '/'); i++) {}
            i += 2;
        } else if (c == '/' && i + 1 < end && s[i + 1] == '/') {
            while (i < end && s[i] != '\n') i += s[i] == '\\' ? 2 : 1;
        } else if (c == '"' || c == '\'') {
            for (i++; i < end && (unsigned char)s[i] != c && s[i] != '\n'; i++)
                if (s[i] == '\\') i++;
            i++;
            prev = 0;
        } else if (isdigit(c) || (c == '.' && i + 1 < end && isdigit((unsigned char)s[i + 1]))) {
            for (i++; i < end && (is_word_byte((unsigned char)s[i]) || s[i] == '.'
                                  || ((s[i] == '+' || s[i] == '-')
                                      && (s[i - 1] == 'e' || s[i - 1] == 'E'
                                          || s[i - 1] == 'p' || s[i - 1] == 'P'))); i++) {}
            prev = 0;
        } else if (is_word_byte(c)) {
            size_t w = i;
            while (i < end && is_word_byte((unsigned char)s[i])) i++;
            if (i < end && s[i] == '"') return true;        /* R"(...)": to be safe */
            size_t n = i - w;
            if ((n == 5 && memcmp(s + w, "defer", 5) == 0)
                || (n == 6 && memcmp(s + w, "_Defer", 6) == 0)
                || (n == 8 && memcmp(s + w, "errdefer", 8) == 0))
                return true;
            prev = no_call_word(s + w, n) ? 0 : 'w';
        } else if (isspace(c) || (c == '\\' && i + 1 < end && (s[i + 1] == '\n' || s[i + 1] == '\r'))) {
            i++;
        } else {
            if (c == '(' && prev) return true;
            prev = c == ')' || c == ']' ? ')' : 0;
            i++;
        }
    }
    return false;
}

/* For each with-statement: which test of the safety net its enter makes
 * (cwith.h, "Safety net"). */
static void note_net(Context *cx)
{
    for (size_t i = 0; i < cx->withs.n; i++) {
        Node *w = cx->withs.v[i];
        w->frame_below = frame_below(w);
        w->body_calls = bytes_call(cx->src->text, w->body->start, w->body->end);
    }
}

/* ------------------------------------------------------ declared managers */

typedef struct Declared {
    size_t name, len;       /* NAME of cwith_type_NAME, in the text */
} Declared;

struct DeclaredManagers {
    const Source *src;
    Declared *slot;         /* open addressing; len == 0: empty */
    size_t mask, n;
};

static Declared *declared_slot(const DeclaredManagers *dm, const char *name, size_t len)
{
    for (size_t h = hash_bytes(name, len) & dm->mask;; h = (h + 1) & dm->mask) {
        Declared *d = &dm->slot[h];
        if (!d->len || (d->len == len && !memcmp(dm->src->text + d->name, name, len))) return d;
    }
}

/* One pass over the text: each identifier cwith_type_NAME, first place
 * only (slots are filled in order, so the first one stays). */
DeclaredManagers *declared_managers_new(const Source *src)
{
    static const char prefix[] = "cwith_type_";
    const size_t plen = sizeof prefix - 1;
    DeclaredManagers *dm = xmalloc(sizeof *dm);
    dm->src = src;
    dm->mask = 63;
    dm->n = 0;
    dm->slot = xcalloc(dm->mask + 1, sizeof *dm->slot);
    const char *s = src->text, *end = s + src->size, *p = s;
    while ((p = memmem(p, (size_t)(end - p), prefix, plen)) != NULL) {
        const char *name = p + plen;
        const char *e = s + name_bytes_end(s, (size_t)(name - s), src->size);
        bool whole = (p == s || !is_word_byte((unsigned char)p[-1])) && e > name;
        p = e;
        if (!whole) continue;
        Declared *d = declared_slot(dm, name, (size_t)(e - name));
        if (d->len) continue;
        *d = (Declared){ (size_t)(name - s), (size_t)(e - name) };
        if (2 * ++dm->n > dm->mask) {          /* grow: stay at most half full */
            DeclaredManagers old = *dm;
            dm->mask = 2 * dm->mask + 1;
            dm->slot = xcalloc(dm->mask + 1, sizeof *dm->slot);
            for (size_t i = 0; i <= old.mask; i++)
                if (old.slot[i].len)
                    *declared_slot(dm, s + old.slot[i].name, old.slot[i].len) = old.slot[i];
            free(old.slot);
        }
    }
    return dm;
}

void declared_managers_free(DeclaredManagers *dm)
{
    if (!dm) return;
    free(dm->slot);
    free(dm);
}

/* In a preprocessed text every declaration is there to see: a with-item
 * whose manager is declared nowhere before it would give the compiler's
 * errors about cwith's generated names; say it once, here. */
static void check_managers(Context *cx, const DeclaredManagers *dm, MacroIndex *ix)
{
    for (size_t i = 0; i < cx->withs.n; i++) {
        const Node *w = cx->withs.v[i];
        for (int k = 0; k < w->nitems; k++) {
            const Token *m = &w->items[k].manager;
            if (m->len == 0) continue;          /* an item already refused */
            const char *name = cx->src->text + m->pos;
            if (dm) {
                const Declared *d = declared_slot(dm, name, m->len);
                if (d->len && d->name < m->pos) continue;
            } else if (!manager_undeclared(ix, cx->diag, name, m->len, m->pos)) {
                continue;
            }
            error_at(cx->diag, m, "no manager '%.*s' is declared before this with-statement%s: "
                     "declare it at file scope, e.g. CWITH_MANAGER(%.*s, TYPE, FAILED_TEST, "
                     "RELEASE_FN); (see cwith.h), or include the header that does",
                     (int)m->len, name, dm ? "" : ", in this file or the headers it includes",
                     (int)m->len, name);
            if (!dm) note_manager_macro_use(ix, cx->diag, name, m->len);
        }
    }
}

/* Does a `return VALUE;` that runs exits stand outside every #if group
 * opened in the function's body, so that the compiler surely sees it?
 * Then codegen names the return type once, at the body's top, for the
 * temporaries (plan_return_type): used, so no -Wunused-local-typedefs. */
static void note_value_returns(Context *cx, const Directives *d)
{
    const Directive *x = directive_from(d, cx->func->body_start);
    int depth = 0;
    for (size_t i = 0; i < cx->jumps.n; i++) {      /* in source order */
        const Node *j = cx->jumps.v[i];
        if (j->kind != N_RETURN || j->nexits == 0 || j->expr_start >= j->expr_end) continue;
        for (; x && x < d->v + d->n && x->pos < j->start; x++) depth += x->cond;
        if (depth == 0) {
            cx->func->value_return_exits = true;
            return;
        }
    }
}

static bool analyze_context(Node *func, const ScanNotes *notes, Diag *diag, Arena *arena,
                            Takes *takes)
{
    int errors_before = diag->errors;
    Context cx;
    memset(&cx, 0, sizeof cx);
    cx.func = func;
    cx.src = diag->src;
    cx.diag = diag;
    cx.arena = arena;
    cx.takes = takes;
    cx.macros = notes->macros;
    collect(&cx, func->kids, func, (Around){ 0 });
    index_locals(&cx);
    index_labels(&cx);
    for (size_t i = 0; i < cx.jumps.n; i++) analyze_jump(&cx, cx.jumps.v[i]);
    check_header_jumps(&cx);
    check_marks(&cx, notes->marks);
    check_skipped(&cx, notes->skipped, notes->macros);
    check_cleanups(&cx, notes->marks);
    check_directives(&cx, notes->directives);
    if (diag->errors == errors_before) check_managers(&cx, notes->declared, notes->macros);
    check_dangling_else(&cx);
    check_defers(&cx);
    if (diag->errors == errors_before) check_unplaced(&cx);
    bool ok = diag->errors == errors_before;
    if (ok) collect_defer_cases(&cx);
    if (ok) note_net(&cx);
    if (ok) note_value_returns(&cx, notes->directives);
    func->has_defer = cx.defers.n > 0;
    for (size_t i = 0; i < cx.funcs.n; i++)
        ok &= analyze_context(cx.funcs.v[i], notes, diag, arena, takes);
    vec_free(&cx.withs);
    vec_free(&cx.labels);
    vec_free(&cx.jumps);
    vec_free(&cx.funcs);
    vec_free(&cx.defers);
    vec_free(&cx.heads);
    vec_free(&cx.unplaced);
    vec_free(&cx.header_jumps);
    vec_free(&cx.header_loops);
    vec_free(&cx.here);
    vec_free(&cx.locals);
    vec_free(&cx.there);
    return ok;
}

static int by_start(const void *a, const void *b)
{
    const Take *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

bool analyze_function(Node *func, const ScanNotes *notes, Diag *diag, Arena *arena)
{
    Takes takes = { 0 };
    bool ok = analyze_context(func, notes, diag, arena, &takes);
    if (ok && takes.n) {
        /* nested functions' takes came after the enclosing one's */
        qsort(takes.v, takes.n, sizeof *takes.v, by_start);
        func->takes = arena_alloc(arena, takes.n * sizeof *takes.v);
        memcpy(func->takes, takes.v, takes.n * sizeof *takes.v);
        func->ntakes = (int)takes.n;
    }
    vec_free(&takes);
    return ok;
}
