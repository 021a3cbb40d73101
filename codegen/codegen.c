/* codegen.c: tree -> C text.
 *
 * The output is the input, copied byte for byte, except for the
 * with-statements and the jumps that leave them. The generator walks the
 * tree in source order with a cursor into the input: everything before a
 * node it rewrites is copied as is. Generated code never adds a line
 * break and every line break it replaces is kept, so each line of the
 * output holds the code of the same input line: compiler errors and gdb
 * point at the right `.cw` line through a single `#line 1 "file.cw"`.
 *
 * A with-statement
 *     with (fopen(p, "r") as f) BODY
 * becomes (on the same lines)
 *     { cwith_type_fopen const cwith1_f = fopen(p, "r");
 *       if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed(__FILE__, 3, "fopen");
 *       else { CWITH_ENTER(fopen, 1, cwith1_f) { cwith_type_fopen const f = cwith1_f;
 *           BODY CWITH_LEAVE(1); cwith_exit_fopen(&cwith1_f, 0); } } }
 * The hidden variable keeps the value for the exit even where the body
 * shadows `f`; both are const, so the exit always gets what enter produced.
 * CWITH_ENTER/CWITH_LEAVE (runtime/cwith.h) push and pop the item's frame
 * on the thread's chain, through which raised errors reach the exits.
 * With an `else`, a flag records whether every item entered:
 *     { int cwith_ok1 = 0; { ...items, each `if (!failed) {`... cwith_ok1 = 1;
 *       BODY exits } } if (!cwith_ok1) ELSE }
 * A jump that leaves with-statements gets their exits in front of it:
 *     { CWITH_LEAVE(1); cwith_exit_fopen(&cwith1_f, 0); break; }
 *     { int cwith_ret = (EXPR); CWITH_LEAVE(1); cwith_exit_fopen(&cwith1_f, 0); return cwith_ret; }
 */
#include <stdlib.h>
#include <string.h>
#include "translator.h"

typedef struct Buf { char *s; size_t n, cap; } Buf;

struct Codegen {
    const Source *src;
    FILE *sink;             /* output goes here, or into `out` if null */
    bool sink_failed;
    Buf out;                /* all of it in memory, or a block for the sink */
    Node *ret_func;         /* the function ret_decl belongs to */
    char *ret_decl;
    bool ret_void;
    size_t cursor;          /* input before this offset is done */
    Node *func;             /* the function being emitted (for return types) */
};

static void buf_grow(Buf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        b->cap = b->cap ? b->cap : 4096;
        while (b->n + n > b->cap) b->cap += b->cap / 2;    /* 1.5x: peak memory */
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
}

static void flush_sink(Codegen *cg)
{
    if (cg->sink && cg->out.n) {
        if (fwrite(cg->out.s, 1, cg->out.n, cg->sink) != cg->out.n) cg->sink_failed = true;
        cg->out.n = 0;
    }
}

/* Everything goes through here: small pieces are gathered in `out`,
 * which goes to the sink a block at a time. */
static void put(Codegen *cg, const char *s, size_t n)
{
    if (cg->sink && cg->out.n + n > cg->out.cap) {
        flush_sink(cg);
        if (n > cg->out.cap) {
            if (fwrite(s, 1, n, cg->sink) != n) cg->sink_failed = true;
            return;
        }
    }
    buf_grow(&cg->out, s, n);
}

static void put_int(Codegen *cg, long v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do *--p = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) *--p = '-';
    put(cg, p, (size_t)(tmp + sizeof tmp - p));
}

static void out_str(Codegen *cg, const char *s)
{
    put(cg, s, strlen(s));
}
/* string literals: their length is known */
#define out(cg, lit) put((cg), "" lit, sizeof(lit) - 1)

/* Copies the input up to `pos`. */
static void copy_to(Codegen *cg, size_t pos)
{
    if (pos > cg->cursor) {
        put(cg, cg->src->text + cg->cursor, pos - cg->cursor);
        cg->cursor = pos;
    }
}

/* Drops the input up to `pos` (tokens the generated code replaces), but
 * keeps its line breaks and any preprocessor line, so lines stay put. */
static void skip_to(Codegen *cg, size_t pos)
{
    const char *s = cg->src->text;
    bool line_start = false;
    for (size_t i = cg->cursor; i < pos; i++) {
        if (s[i] == '\n') {
            put(cg, "\n", 1);
            line_start = true;
        } else if (line_start && s[i] == '#') {
            size_t e = i;
            while (e < pos && !(s[e] == '\n' && s[e - 1] != '\\')) e++;
            put(cg, s + i, e - i);
            i = e - 1;
            line_start = false;
        } else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') {
            line_start = false;
        }
    }
    if (pos > cg->cursor) cg->cursor = pos;
}

/* ------------------------------------------------------------- names */

static void put_name(Codegen *cg, const Token *t)
{
    put(cg, cg->src->text + t->pos, t->len);
}

static void put_hidden(Codegen *cg, const WithItem *it)
{
    out(cg, "cwith");
    put_int(cg, it->id);
    if (it->name.len) {
        out(cg, "_");
        put_name(cg, &it->name);
    }
}

/* `cwith_type_M const NAME = ` (NAME null: the hidden variable) */
static void put_decl(Codegen *cg, const WithItem *it, const Token *name)
{
    out(cg, "cwith_type_");
    put_name(cg, &it->manager);
    out(cg, " const ");
    if (name) put_name(cg, name);
    else put_hidden(cg, it);
    out(cg, " = ");
}

/* `cwith_failed_M(hidden)` */
static void put_failed(Codegen *cg, const WithItem *it)
{
    out(cg, "cwith_failed_");
    put_name(cg, &it->manager);
    out(cg, "(");
    put_hidden(cg, it);
    out(cg, ")");
}

/* the with-statement's flag `cwith_okN` (only with an `else`) */
static void put_flag(Codegen *cg, const Node *w)
{
    out(cg, "cwith_ok");
    put_int(cg, w->id);
}

static void put_exit(Codegen *cg, const WithItem *it)
{
    out(cg, "CWITH_LEAVE(");
    put_int(cg, it->id);
    out(cg, "); ");
    out(cg, "cwith_exit_");
    put_name(cg, &it->manager);
    out(cg, "(&");
    put_hidden(cg, it);
    out(cg, ", 0);");
}

/* The exits of every with-statement a jump leaves, innermost first. */
static void put_exits(Codegen *cg, const Node *jump)
{
    for (int w = 0; w < jump->nexits; w++) {
        const Node *with = jump->exits[w];
        for (int k = with->nitems; k-- > 0;) {
            put_exit(cg, &with->items[k]);
            out(cg, " ");
        }
    }
}

/* -------------------------------------------------------------- nodes */

static void emit(Codegen *cg, Node *n);

static int by_start(const void *a, const void *b)
{
    const Node *x = *(Node *const *)a, *y = *(Node *const *)b;
    return x->start < y->start ? -1 : x->start > y->start;
}

typedef struct Kids { Node *stack[8], **v; size_t n, cap; } Kids;

static void add_kid(Kids *k, Node *n)
{
    if (k->n == k->cap) {
        Node **more = xmalloc(2 * k->cap * sizeof *more);
        memcpy(more, k->v, k->n * sizeof *more);
        if (k->v != k->stack) free(k->v);
        k->v = more;
        k->cap *= 2;
    }
    k->v[k->n++] = n;
}

/* Children in source order: statement expressions in a condition come
 * before the body, a do-while's after it. */
static void emit_children(Codegen *cg, Node *n)
{
    Kids k;
    k.v = k.stack;
    k.n = 0;
    k.cap = 8;
    for (Node *c = n->kids; c; c = c->next) add_kid(&k, c);
    if (n->body) add_kid(&k, n->body);
    if (n->else_body) add_kid(&k, n->else_body);
    qsort(k.v, k.n, sizeof *k.v, by_start);
    for (size_t i = 0; i < k.n; i++) emit(cg, k.v[i]);
    if (k.v != k.stack) free(k.v);
}

static void emit_with(Codegen *cg, Node *w)
{
    bool has_else = w->else_body != NULL;
    copy_to(cg, w->start);
    if (has_else) {
        out(cg, "{ int ");
        put_flag(cg, w);
        out(cg, " = 0; { ");
    } else {
        out(cg, "{ ");
    }
    for (int k = 0; k < w->nitems; k++) {
        const WithItem *it = &w->items[k];
        skip_to(cg, it->call_start);
        put_decl(cg, it, NULL);
        copy_to(cg, it->call_end);
        out(cg, "; ");
        if (has_else) {
            out(cg, "if (!");
            put_failed(cg, it);
            out(cg, ") { ");
        } else {
            out(cg, "if (");
            put_failed(cg, it);
            out(cg, ") cwith_enter_failed(__FILE__, ");
            put_int(cg, it->manager.line);
            out(cg, ", \"");
            put_name(cg, &it->manager);
            out(cg, "\"); else { ");
        }
        out(cg, "CWITH_ENTER(");
        put_name(cg, &it->manager);
        out(cg, ", ");
        put_int(cg, it->id);
        out(cg, ", ");
        put_hidden(cg, it);
        out(cg, ") { ");
        if (it->name.len) {
            put_decl(cg, it, &it->name);
            put_hidden(cg, it);
            out(cg, "; ");
        }
    }
    if (has_else) {
        put_flag(cg, w);
        out(cg, " = 1; ");
    }
    /* braces around a braceless body keep the exits out of its reach, and
     * clang's -Wmisleading-indentation quiet */
    bool braces = w->body->kind != N_BLOCK;
    skip_to(cg, w->body->start);
    if (braces) out(cg, "{ ");
    emit(cg, w->body);
    copy_to(cg, w->body->end);
    if (braces) out(cg, " }");
    for (int k = w->nitems; k-- > 0;) {
        out(cg, " ");
        put_exit(cg, &w->items[k]);
        out(cg, " } }");
    }
    if (has_else) {
        /* `else` becomes the test of the flag; the layout around it stays */
        out(cg, " }");
        copy_to(cg, w->else_tok.pos);
        out(cg, "if (!");
        put_flag(cg, w);
        out(cg, ") {");
        cg->cursor = w->else_tok.pos + w->else_tok.len;
        emit(cg, w->else_body);
        copy_to(cg, w->else_body->end);
        out(cg, " }");
    }
    out(cg, " }");
}

static void emit_return_value(Codegen *cg, Node *j)
{
    if (cg->ret_func != cg->func) {     /* once per function */
        free(cg->ret_decl);
        cg->ret_decl = return_temp_decl(cg->src, cg->func->header_start,
                                        cg->func->body_start, "cwith_ret", &cg->ret_void);
        cg->ret_func = cg->func;
    }
    const char *decl = cg->ret_decl;
    bool is_void = cg->ret_void;
    if (!decl) {
        error_at(&j->tok, "cannot find the return type of this function, needed for "
                 "'return' inside a with-statement");
        return;
    }
    copy_to(cg, j->start);
    if (is_void) {
        out(cg, "{ (void)(");
    } else {
        out(cg, "{ ");
        out_str(cg, decl);
        out(cg, " = (");
    }
    skip_to(cg, j->expr_start);
    for (Node *k = j->kids; k; k = k->next) emit(cg, k);
    copy_to(cg, j->expr_end);
    out(cg, "); ");
    put_exits(cg, j);
    out_str(cg, is_void ? "return; }" : "return cwith_ret; }");
    skip_to(cg, j->end);
}

static void emit_jump(Codegen *cg, Node *j)
{
    if (j->kind == N_RETURN && j->expr_start < j->expr_end) {
        emit_return_value(cg, j);
        return;
    }
    copy_to(cg, j->start);
    out(cg, "{ ");
    put_exits(cg, j);
    copy_to(cg, j->end);
    out(cg, " }");
}

static void emit(Codegen *cg, Node *n)
{
    copy_to(cg, n->start);
    switch (n->kind) {
    case N_WITH:
        emit_with(cg, n);
        return;
    case N_GOTO: case N_BREAK: case N_CONTINUE: case N_RETURN:
        if (n->nexits > 0) {
            emit_jump(cg, n);
            return;
        }
        break;
    case N_FUNC: {
        Node *outer = cg->func;
        cg->func = n;
        emit_children(cg, n);
        cg->func = outer;
        return;
    }
    default:
        break;
    }
    emit_children(cg, n);
}

/* ------------------------------------------------------------- driver */

Codegen *codegen_new(const Source *src, const Options *opt, FILE *sink)
{
    Codegen *cg = xmalloc(sizeof *cg);
    memset(cg, 0, sizeof *cg);
    cg->src = src;
    cg->sink = sink;
    /* in memory, the output is the input plus the generated code: one
     * allocation for most files */
    cg->out.cap = sink ? 1 << 16 : src->size + src->size / 8 + 4096;
    cg->out.s = xmalloc(cg->out.cap);
    if (opt->line_directives) {
        out(cg, "#line 1 \"");
        for (const char *p = src->name; *p; p++) {
            if (*p == '"' || *p == '\\') put(cg, "\\", 1);
            put(cg, p, 1);
        }
        out(cg, "\"\n");
    }
    return cg;
}

void codegen_function(Codegen *cg, Node *func)
{
    emit(cg, func);
    free(cg->ret_decl);         /* the tree (and func) is freed next */
    cg->ret_decl = NULL;
    cg->ret_func = NULL;
}

const char *codegen_finish(Codegen *cg, size_t *size)
{
    copy_to(cg, cg->src->size);
    flush_sink(cg);
    *size = cg->out.n;
    if (cg->sink) return cg->sink_failed ? NULL : "";
    return cg->out.s ? cg->out.s : "";
}

void codegen_free(Codegen *cg)
{
    if (!cg) return;
    free(cg->out.s);
    free(cg);
}
