/* filter.c: raw tokens -> parser tokens.
 *
 * Sits between the scanner and the parser, like PostgreSQL's base_yylex.
 * C's grammar cannot be parsed without the preprocessor and the symbol
 * table; cwith only needs the statement structure of function bodies. The
 * filter supplies, from the tokens around it, what a context-free grammar
 * cannot know:
 *   - whether `with` starts a with-statement (`with (` at the start of a
 *     statement, always) and whether `as` is the keyword (only directly
 *     inside a with header); elsewhere both are ordinary identifiers;
 *   - what each `{` opens: a block of statements, a function body (also
 *     GNU nested functions), a statement expression `({`, or data (an
 *     initializer, a struct body, a compound literal); `extern "C" {` is
 *     transparent;
 *   - labels (`name :` at the start of a statement), and unknown macros
 *     used like loops (`list_for_each(p, h) { ... }`);
 *   - positions the analysis must check: `goto *p`, `asm goto`, `&&label`.
 * It looks ahead as far as it must (to the `)` that closes a header) by
 * queueing tokens from the scanner.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "translator.h"
#include "parser.h"

typedef enum Ctx { CTX_FILE, CTX_FUNC, CTX_BLOCK, CTX_SE, CTX_DATA, CTX_LINKAGE } Ctx;

typedef struct Brace {
    Ctx ctx;
    size_t paren_base;          /* paren stack height when it opened */
} Brace;

/* what stands before a '(': B_EXPR, a group that is surely an expression's
 * (`(void)(struct S){ 1 }`: its '{' is a literal's, no body) */
typedef enum Before { B_OTHER, B_CONTROL, B_DECLARATOR, B_EXPR } Before;

typedef struct Paren {
    Before before;              /* what the token before '(' says about it */
    bool is_with;               /* the header of a with-statement */
    bool is_attr;               /* __attribute__((...)) after struct/union/enum */
} Paren;

struct Filter {
    Lexer *lx;
    const Source *src;
    Diag *diag;
    VEC(Token) queue;           /* lookahead: queue.v[qhead .. queue.n) */
    size_t qhead;
    bool eof_seen;              /* the scanner has ended: repeat `eof` */
    Token eof;
    bool empty_statement;       /* give the parser an empty `;` next */
    VEC(Brace) braces;
    VEC(Paren) parens;
    BodyTokens body;            /* tokens of the current top-level body */
    bool logging;               /* ... being read: keep them */
    bool body_gap;              /* a token left out since the last kept */
    bool stmt_expr;             /* the statement has a token no declaration has at its top */
    Paren last_closed;          /* the paren group that just closed */
    int prev_raw, prev2_raw;
    unsigned prev_len;          /* of the previous token (++ or +) */
    bool stmt_start;            /* the next token starts a statement */
    bool next_stmt_start;       /* ... and the one after the current one */
    bool top_boundary;          /* the next top-level token starts a declaration */
    bool skipped_declaration;   /* the scanner skipped to its ';' ... */
    size_t skipped_start;       /* ... from here */
    bool label_colon, case_colon, default_colon;
    bool musttail;              /* a prefix said musttail: the next token may be its return */
    int questions;              /* unmatched '?' in this statement */
    int tag_state;              /* 1 after struct/union/enum, 2 after its tag */
    bool after_asm;
    Token asm_tok;
    int prev_kind;              /* parser kind of the previous token */
    bool fast_path;             /* skip with-free function bodies */
    size_t decl_start;
    size_t chain_start;         /* first declaration since the last function */
    bool chain_open;
    int with_candidates;
    int body_candidates;        /* ... inside function bodies */
    int takes;                  /* cwith_take( */
    signed char plain_defer_taken;      /* the file uses `defer` as a name (-1: not known yet) */
    signed char plain_errdefer_taken;
    Marks marks;
};

static const char *text_of(const Filter *f, const Token *t)
{
    return f->src->text + t->pos;
}

/* Is t the identifier w (n bytes)? A word split by line splices (`wi\`
 * newline `th`) is the same word: it is longer than w. */
static bool spliced_word_is(const Filter *f, const Token *t, const char *w, size_t n)
{
    const char *s = text_of(f, t), *end = s + t->len;
    size_t k = 0;
    while (s < end) {
        if (*s == '\\') {                         /* \ [\r] \n */
            s++;
            if (s < end && *s == '\r') s++;
            if (s < end && *s == '\n') s++;
            continue;
        }
        if (k == n || *s++ != w[k++]) return false;
    }
    return k == n;
}

static inline bool is_word_n(const Filter *f, const Token *t, const char *w, size_t n)
{
    if (t->raw != R_IDENT || t->len < n) return false;
    if (t->len == n) return memcmp(text_of(f, t), w, n) == 0;
    return spliced_word_is(f, t, w, n);
}

/* Is t the identifier `lit` (a string literal)? */
#define is_word(f, t, lit) is_word_n((f), (t), "" lit, sizeof(lit) - 1)

/* ------------------------------------------------------------ lookahead */

static Token *peek_slow(Filter *f, size_t i);

static inline Token *peek(Filter *f, size_t i)
{
    if (i < f->queue.n - f->qhead) return &f->queue.v[f->qhead + i];
    return peek_slow(f, i);
}

static Token *peek_slow(Filter *f, size_t i)
{
    while (f->queue.n - f->qhead <= i) {
        if (f->qhead > 0 && f->queue.n == f->queue.cap) {     /* reuse the front */
            f->queue.n -= f->qhead;
            memmove(f->queue.v, f->queue.v + f->qhead, f->queue.n * sizeof *f->queue.v);
            f->qhead = 0;
        }
        vec_reserve(&f->queue, f->queue.n + 1);
        Token *t = &f->queue.v[f->queue.n++];      /* scanned in place */
        if (f->eof_seen) {
            *t = f->eof;
        } else if (lexer_next(f->lx, t) == 0) {
            f->eof_seen = true;
            f->eof = *t;
        }
    }
    return &f->queue.v[f->qhead + i];
}

static size_t queued(const Filter *f)
{
    return f->queue.n - f->qhead;
}

/* keep_body_token, inline for the filter's every token */
static inline void keep_token(const Source *src, const Token *t, BodyTokens *out, bool *gap)
{
    int raw = t->raw;
    bool kept = (raw >= R_IDENT && raw <= R_EXPR_KW) || raw == R_LPAREN || raw == R_RPAREN ||
                raw == R_LBRACE || raw == R_RBRACE;
    if (!kept && (raw == R_STRING || raw == R_CHAR || raw == R_OTHER)) {
        unsigned char c = (unsigned char)src->text[t->pos];     /* L"...", $, UTF-8 */
        kept = c == '_' || c == '$' || c >= 0x80 || isalpha(c);
    }
    if (!kept) {
        *gap = true;
        return;
    }
    vec_push(out, ((BodyToken){ t->pos, t->len, (unsigned char)raw, *gap }));
    *gap = false;
}

static inline Token take(Filter *f)
{
    Token t = *peek(f, 0);
    if (++f->qhead == f->queue.n) f->qhead = f->queue.n = 0;
    if (f->logging) keep_token(f->src, &t, &f->body, &f->body_gap);
    return t;
}

void keep_body_token(const Source *src, const Token *t, BodyTokens *out, bool *gap)
{
    keep_token(src, t, out, gap);
}

/* Index of the ')' matching the '(' at index `open`; the EOF index if none. */
static size_t matching_paren(Filter *f, size_t open)
{
    int depth = 0;
    for (size_t i = open;; i++) {
        Token *t = peek(f, i);
        if (t->raw == R_EOF) return i;
        if (t->raw == R_LPAREN || t->raw == R_LBRACK) depth++;
        else if (t->raw == R_RPAREN || t->raw == R_RBRACK) {
            if (--depth == 0) return i;
        }
    }
}

/* ---------------------------------------------------------------- state */

static const Brace file_level = { CTX_FILE, 0 };

static const Brace *top_brace(const Filter *f)
{
    return f->braces.n ? &f->braces.v[f->braces.n - 1] : &file_level;
}

static bool in_statements(Filter *f)
{
    Ctx c = top_brace(f)->ctx;
    return c == CTX_FUNC || c == CTX_BLOCK || c == CTX_SE;
}

static bool at_top_level(Filter *f)
{
    Ctx c = top_brace(f)->ctx;
    return (c == CTX_FILE || c == CTX_LINKAGE) && f->parens.n == top_brace(f)->paren_base;
}

static size_t depth_in_ctx(Filter *f)
{
    return f->parens.n - top_brace(f)->paren_base;
}

static bool inside_function(Filter *f)
{
    for (size_t i = 0; i < f->braces.n; i++)
        if (f->braces.v[i].ctx == CTX_FUNC) return true;
    return false;
}

static void push_brace(Filter *f, Ctx ctx)
{
    vec_push(&f->braces, ((Brace){ ctx, f->parens.n }));
}

static void push_paren(Filter *f, Paren p)
{
    vec_push(&f->parens, p);
}

static void add_mark(Filter *f, MarkKind kind, const Token *tok)
{
    vec_push(&f->marks, ((Mark){ kind, *tok, { 0 }, 0, false }));
}

/* The last two raw kinds: what a `{` or `(` opens depends on them. */
static void note_raw(Filter *f, const Token *t)
{
    f->prev2_raw = f->prev_raw;
    f->prev_raw = t->raw;
    f->prev_len = t->len;
}

static bool is_statement_keyword(int raw)
{
    switch (raw) {
    case R_IF: case R_WHILE: case R_DO: case R_FOR: case R_SWITCH:
    case R_RETURN: case R_BREAK: case R_CONTINUE: case R_GOTO:
        return true;
    default:
        return false;
    }
}

/* ------------------------------------------------------- with headers */

/* Lookahead indices count from the token after the one being classified. */

/* Does the paren group [open, close] hold `call(...) as` or `word as NAME`
 * directly inside? No C expression does (a with header whose item is no
 * call, `with (fp as f);`, is one, refused by the parser). */
static bool header_has_as(Filter *f, size_t open, size_t close)
{
    int depth = 0;
    for (size_t i = open; i <= close; i++) {
        Token *t = peek(f, i);
        if (t->raw == R_LPAREN || t->raw == R_LBRACK || t->raw == R_LBRACE) depth++;
        else if (t->raw == R_RPAREN || t->raw == R_RBRACK || t->raw == R_RBRACE) depth--;
        else if (depth == 1 && is_word(f, t, "as") && i > open + 1 &&
                 (peek(f, i - 1)->raw == R_RPAREN ||
                  (peek(f, i - 1)->raw == R_IDENT &&
                   peek(f, i + 1)->raw >= R_IDENT && peek(f, i + 1)->raw <= R_EXPR_KW)))
            return true;
    }
    return false;
}

/* Is the paren group a list of `name(args) [as name]` items? With
 * any_word, a keyword may be a name too (`sizeof(x)`): no manager call,
 * but the group still looks like a with header. */
static bool item_list(Filter *f, size_t open, size_t close, bool any_word)
{
    size_t i = open + 1;
    for (;;) {
        int raw = peek(f, i)->raw;
        bool word = raw == R_IDENT || (any_word && raw > R_IDENT && raw <= R_EXPR_KW);
        if (!word || peek(f, i + 1)->raw != R_LPAREN) return false;
        i = matching_paren(f, i + 1) + 1;
        if (i > close) return false;
        if (is_word(f, peek(f, i), "as")) {
            if (peek(f, i + 1)->raw != R_IDENT) return false;
            i += 2;
        }
        if (i == close) return true;
        if (peek(f, i)->raw != R_COMMA) return false;
        i++;
    }
}

static bool header_is_item_list(Filter *f, size_t open, size_t close)
{
    return item_list(f, open, close, false);
}

/* Do the brackets of the group opened at lookahead index open nest, each
 * closed by its own kind before the end of the file? The file scope is
 * taken as it comes, so a group like `({{);)` reaches here unchecked. */
static bool group_nests(Filter *f, size_t open)
{
    enum { MAX_NEST = 64 };
    int stack[MAX_NEST];
    int n = 0;
    for (size_t i = open;; i++) {
        int raw = peek(f, i)->raw;
        if (raw == R_EOF) return false;
        if (raw == R_LPAREN || raw == R_LBRACK || raw == R_LBRACE) {
            if (n == MAX_NEST) return true;     /* deeper: left to the parser */
            stack[n++] = raw;
        } else if (raw == R_RPAREN || raw == R_RBRACK || raw == R_RBRACE) {
            int want = raw == R_RPAREN ? R_LPAREN : raw == R_RBRACK ? R_LBRACK : R_LBRACE;
            if (stack[--n] != want) return false;
            if (n == 0) return true;
        }
    }
}

static void report_unmatched_with(Filter *f, const Token *t)
{
    error_at(f->diag, t, "the brackets after this 'with' do not match, so cwith cannot tell "
             "whether it is a with-statement; fix them");
}

/* A `with (... as ...)` or `with (...) {` where no statement can start. */
static void check_misplaced_with(Filter *f, const Token *t)
{
    if (!group_nests(f, 0)) {
        report_unmatched_with(f, t);
        return;
    }
    size_t close = matching_paren(f, 0);
    /* `with (sizeof(x)) {` is no call either: a malformed with-statement */
    bool items = item_list(f, 0, close, true);
    int after = peek(f, close + 1)->raw;
    /* a call `with(...)` is not followed by a block, a statement keyword, a
     * name or a literal (`M(with (f()) use(1);)`, in a macro's argument) */
    bool statement_follows = (after == R_LBRACE || is_statement_keyword(after) ||
                              after == R_IDENT || after == R_STRING || after == R_CHAR ||
                              after == R_NUMBER) && items;
    /* `with (r(1)) ;` where a declaration begins: no declaration looks so */
    bool file_scope = items && f->top_boundary && at_top_level(f) && !inside_function(f);
    if (!header_has_as(f, 0, close) && !statement_follows && !file_scope)
        return;
    if (inside_function(f))
        error_at(f->diag, t, "with-statement is not allowed inside an expression or declaration");
    else
        error_at(f->diag, t, "with-statement outside a function");
}

/* ------------------------------------------------------ classification */

/* Does a with-statement start at lookahead index i (`with (`)? */
static bool starts_with_statement(Filter *f, size_t i)
{
    return is_word(f, peek(f, i), "with") && peek(f, i + 1)->raw == R_LPAREN;
}

/* Does the input use `word` as a name somewhere: `word` followed by ';',
 * ',', ')', '[', '=' or an attribute (past blanks, line ends, comments)
 * outside comments and literals (`typedef int defer;`, `int defer = 0;`,
 * `f(defer)`)? Then the plain spelling is never a keyword in
 * this file. A member is not such a name (`struct opts { int defer; }`,
 * `o.defer`, `p->defer)`): no statement begins with one. */
bool word_used_as_name(const Source *src, const char *word)
{
    size_t n = strlen(word);
    const char *s = src->text, *end = s + src->size;
    enum { MAX_DEPTH = 256 };
    bool members[MAX_DEPTH];        /* does brace level k hold a struct's members? */
    int depth = 0;
    /* after `struct` or `union` (head): its tag and attributes, up to the
     * '{' of its members; an enum's are names */
    bool head = false, attr_next = false;   /* (an attribute's word: its group next) */
    int head_words = 0, attr_depth = 0;
    char last = 0;                  /* the last significant byte */
    char before_last = 0;
    for (const char *p = s; p < end; p++) {
        if (*p == '/' && p + 1 < end && p[1] == '*') {
            const char *q = p + 2;
            while (q + 1 < end && !(q[0] == '*' && q[1] == '/')) q++;
            p = q + 1;
        } else if (*p == '/' && p + 1 < end && p[1] == '/') {
            while (p < end && *p != '\n') p++;
        } else if (*p == '"' || *p == '\'') {
            char quote = *p;
            for (p++; p < end && *p != quote && *p != '\n'; p++)
                if (*p == '\\') p++;
            head = false, before_last = last, last = quote;
        } else if (isalpha((unsigned char)*p) || *p == '_' || *p == '$') {
            const char *b = p;
            while (p < end && (isalnum((unsigned char)*p) || *p == '_' || *p == '$')) p++;
            size_t len = (size_t)(p - b);
            bool member_access = last == '.' || (last == '>' && before_last == '-');
            bool in_members = depth > 0 && depth <= MAX_DEPTH && members[depth - 1];
            if (len == n && !memcmp(b, word, n) && !member_access && !in_members) {
                /* what follows, past blanks, line ends and comments */
                const char *q = p;
                for (;;) {
                    while (q < end && isspace((unsigned char)*q)) q++;
                    if (q + 1 < end && q[0] == '/' && q[1] == '*') {
                        for (q += 2; q + 1 < end && !(q[0] == '*' && q[1] == '/'); q++)
                            continue;
                        q += 2;
                    } else if (q + 1 < end && q[0] == '/' && q[1] == '/') {
                        while (q < end && *q != '\n') q++;
                    } else {
                        break;
                    }
                }
                if (q < end && *q && strchr(";,)[]=}", *q)) return true;   /* (= also ==) */
                if (end - q >= 13 && !memcmp(q, "__attribute__", 13)) return true;  /* a declarator's */
            }
            if (head && attr_depth == 0) {
                bool attr = (len == 13 && !memcmp(b, "__attribute__", 13)) ||
                            (len == 11 && !memcmp(b, "__attribute", 11)) ||
                            (len == 10 && !memcmp(b, "__declspec", 10)) ||
                            (len == 8 && !memcmp(b, "_Alignas", 8)) ||
                            (len == 7 && !memcmp(b, "alignas", 7));
                if (attr_next || (!attr && ++head_words > 1)) head = false;  /* `struct S f` */
                attr_next = attr;
            }
            if ((len == 6 && !memcmp(b, "struct", 6)) || (len == 5 && !memcmp(b, "union", 5)))
                head = true, head_words = 0, attr_depth = 0, attr_next = false;
            before_last = last, last = 'a';
            p--;
        } else if (!isspace((unsigned char)*p)) {
            char c = *p;
            bool opens_members = false;
            if (head && attr_depth > 0) {       /* in an attribute's group */
                attr_depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            } else if (head && c == '(' && attr_next) {
                attr_depth = 1, attr_next = false;
            } else if (head && c == '[' && !attr_next && p + 1 < end && p[1] == '[') {
                attr_depth = 1;                 /* [[...]] */
            } else if (head) {
                opens_members = c == '{' && !attr_next;
                head = false;
            }
            if (c == '{') {
                if (depth < MAX_DEPTH) members[depth] = opens_members;
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            before_last = last, last = c;
        }
    }
    return false;
}

/* word_used_as_name, asked when the word is first met: most files never
 * meet it, and are not read again for it. */
static bool taken(Filter *f, signed char *known, const char *word)
{
    if (*known < 0) *known = word_used_as_name(f->src, word);
    return *known;
}

/* Which defer word t is: the reserved `_Defer`, or `defer` or `errdefer`
 * in a file that does not use that word as a name. */
typedef enum DeferWord { DW_NONE, DW_RESERVED, DW_PLAIN, DW_ERR } DeferWord;

static DeferWord defer_word(Filter *f, const Token *t)
{
    if (is_word(f, t, "_Defer")) return DW_RESERVED;
    if (is_word(f, t, "defer")) return taken(f, &f->plain_defer_taken, "defer") ? DW_NONE : DW_PLAIN;
    if (is_word(f, t, "errdefer"))
        return taken(f, &f->plain_errdefer_taken, "errdefer") ? DW_NONE : DW_ERR;
    return DW_NONE;
}

/* `defer S;` (TS 25755), `_Defer S;`, `errdefer S;`: at the start of a
 * statement in a function. The plain words stay identifiers when `(`, `=`
 * or another operator follows (`defer(x);`, `defer = 1;`), except a
 * prefix `++`, `--` or `*` before an operand, and in files that use them
 * as names. Returns T_DEFER, T_ERRDEFER or 0. */
static int defer_keyword(Filter *f, const Token *t)
{
    DeferWord word = defer_word(f, t);
    bool reserved = word == DW_RESERVED, err = word == DW_ERR;
    if (word == DW_NONE || !inside_function(f)) return 0;
    const Token *next = peek(f, 0);
    /* ++x (not x++;), *p = 5 */
    bool prefix = (next->raw == R_AMP_OR_SIGN && next->len == 2) || next->raw == R_STAR;
    int operand = peek(f, 1)->raw;
    bool statement_follows = next->raw == R_LBRACE || next->raw == R_IDENT ||
                             is_statement_keyword(next->raw) ||
                             (prefix && (operand == R_IDENT || operand == R_LPAREN ||
                                         operand == R_STAR));
    if (!reserved && !statement_follows) return 0;
    if (next->raw == R_COLON) return 0;
    return err ? T_ERRDEFER : T_DEFER;
}

/* `cwith_take(NAME)`: the analysis finds the item named NAME. Counted as
 * a with candidate, so that its function is analysed even without one. */
static void note_take(Filter *f, const Token *t)
{
    Mark m = { MARK_TAKE, *t, { 0 }, 0, false };
    if (peek(f, 1)->raw == R_IDENT && peek(f, 2)->raw == R_RPAREN) {
        m.arg = *peek(f, 1);
        m.end = peek(f, 2)->pos + 1;
        m.alone = f->stmt_start && peek(f, 3)->raw == R_SEMI;
    }
    vec_push(&f->marks, m);
    f->with_candidates++;
    f->body_candidates++;
    f->takes++;
}

/* A defer where no statement can start (`M(defer free(p);)`, in a
 * macro's argument): `_Defer` (not a label's name: `goto _Defer;`), or
 * `defer` or `errdefer` (words the file does not use as names) followed by
 * a block, a name or a statement keyword, none of which can follow a name
 * in an expression (`struct defer x;` aside). */
static void check_misplaced_defer(Filter *f, const Token *t)
{
    DeferWord word = defer_word(f, t);
    bool reserved = word == DW_RESERVED;
    if (word == DW_NONE || f->prev_raw == R_TAG || f->prev_raw == R_GOTO) return;
    int next = peek(f, 0)->raw;
    if (!reserved && next != R_LBRACE && next != R_IDENT && !is_statement_keyword(next)) return;
    if (reserved && (next == R_SEMI || next == R_COLON || next == R_RPAREN || next == R_COMMA))
        return;
    error_at(f->diag, t, "%s", inside_function(f) ? "defer statement is not allowed inside an "
             "expression or declaration" : "defer statement outside a function");
}

/* At a statement start, `X(with) (f() as p) { ... }`: the word with as a
 * whole argument of a call that a statement or parentheses follow. If X is
 * a macro it may put the word where a statement starts, making a
 * with-statement that cwith, which does not expand macros, would leave
 * untranslated. (The group is [0, after - 1].) */
static void check_with_argument(Filter *f, const Token *callee, size_t after)
{
    int next = peek(f, after)->raw;
    if (next != R_LPAREN && next != R_LBRACE && next != R_IDENT && !is_statement_keyword(next))
        return;
    int depth = 0;
    for (size_t i = 0; i < after; i++) {
        const Token *t = peek(f, i);
        if (t->raw == R_LPAREN || t->raw == R_LBRACK || t->raw == R_LBRACE) depth++;
        else if (t->raw == R_RPAREN || t->raw == R_RBRACK || t->raw == R_RBRACE) depth--;
        else if (depth == 1 && is_word(f, t, "with") &&
                 (peek(f, i - 1)->raw == R_LPAREN || peek(f, i - 1)->raw == R_COMMA) &&
                 (peek(f, i + 1)->raw == R_RPAREN || peek(f, i + 1)->raw == R_COMMA)) {
            error_at(f->diag, peek(f, i), "the word 'with' is an argument of '%.*s', which may "
                     "be a macro that makes it a with-statement; cwith does not expand macros: "
                     "build through the compiler wrapper (cwith CC ...) or rename what is passed",
                     (int)callee->len, text_of(f, callee));
            note_at(f->diag, callee, "the call");
            return;
        }
    }
}

static int classify_ident(Filter *f, Token *t)
{
    if (is_word(f, t, "cwith_take") && peek(f, 0)->raw == R_LPAREN && inside_function(f))
        note_take(f, t);
    bool with_call = is_word(f, t, "with") && peek(f, 0)->raw == R_LPAREN;
    if (with_call) {
        f->with_candidates++;
        if (inside_function(f)) f->body_candidates++;
    }
    if (f->stmt_start && in_statements(f) && depth_in_ctx(f) == 0) {
        int next = peek(f, 0)->raw;
        if (with_call) {
            /* `with(x);` calls a function named with; a with-statement's
             * header is a list of calls */
            size_t close = matching_paren(f, 0);
            if (peek(f, close + 1)->raw == R_SEMI && !header_is_item_list(f, 0, close) &&
                !header_has_as(f, 0, close)) {
                if (!group_nests(f, 0)) report_unmatched_with(f, t);
                f->with_candidates--;
                if (inside_function(f)) f->body_candidates--;
                return T_IDENT;
            }
            if (!inside_function(f)) {      /* a block at file scope: not C */
                error_at(f->diag, t, "with-statement outside a function");
                return T_IDENT;
            }
            return T_WITH;
        }
        int defer = defer_keyword(f, t);
        if (defer) {
            f->with_candidates++;
            f->body_candidates++;
            f->next_stmt_start = true;
            return defer;
        }
        if (next == R_COLON) {
            f->label_colon = true;
            return T_LABEL;
        }
        if (next == R_LPAREN) {
            size_t after = matching_paren(f, 0) + 1;
            check_with_argument(f, t, after);
            if (peek(f, after)->raw == R_LBRACE || is_statement_keyword(peek(f, after)->raw) ||
                starts_with_statement(f, after))
                return T_MACRO_CALL;
        } else if (next == R_LBRACE || is_statement_keyword(next) || starts_with_statement(f, 0)) {
            f->next_stmt_start = true;      /* `forever {`: a statement follows */
            return T_MACRO_WORD;
        }
        return T_IDENT;
    }
    if (with_call) check_misplaced_with(f, t);
    else check_misplaced_defer(f, t);
    if (f->parens.n > 0 && f->parens.v[f->parens.n - 1].is_with && is_word(f, t, "as"))
        return T_AS;
    return T_IDENT;
}

static Ctx classify_lbrace(Filter *f)
{
    const Brace *top = top_brace(f);
    if (f->prev_raw == R_LPAREN) return CTX_SE;
    if (top->ctx == CTX_DATA || depth_in_ctx(f) > 0) return CTX_DATA;
    if (f->tag_state) return CTX_DATA;
    if (f->prev_raw == R_ASSIGN) return CTX_DATA;
    if (f->prev_raw == R_STRING && f->prev2_raw == R_EXTERN && at_top_level(f)) return CTX_LINKAGE;
    if (f->prev_raw == R_RPAREN) {
        switch (f->last_closed.before) {
        case B_CONTROL: return CTX_BLOCK;
        case B_DECLARATOR: return CTX_FUNC;
        default: return CTX_DATA;
        }
    }
    if (top->ctx == CTX_FILE || top->ctx == CTX_LINKAGE) {
        /* K&R parameter declarations end with ';'; a macro may end a header */
        if (f->prev_raw == R_SEMI || f->prev_raw == R_IDENT || f->prev_raw == R_RBRACK)
            return CTX_FUNC;
        return CTX_DATA;
    }
    return f->stmt_start ? CTX_BLOCK : CTX_DATA;
}

static Before before_paren(Filter *f)
{
    switch (f->prev_kind) {
    case T_IF: case T_WHILE: case T_FOR: case T_SWITCH: case T_WITH: case T_MACRO_CALL:
        return B_CONTROL;
    case T_DEFER: case T_ERRDEFER:      /* `_Defer (void)(T){ 1 };` */
        return B_EXPR;
    default:
        break;
    }
    /* no declaration begins with '(': a statement that does is an
     * expression, and so are the groups that follow it (a cast chain) */
    if (f->stmt_start && in_statements(f) && depth_in_ctx(f) == 0) return B_EXPR;
    /* `n = (int)(struct S){ k }.a`, `return (T)(U){ 1 }`, `a, (T)(U){ 1 }` */
    if (f->stmt_expr && in_statements(f)) return B_EXPR;
    if (f->prev_raw == R_RPAREN && f->last_closed.before == B_EXPR) return B_EXPR;
    if (f->prev_raw == R_IDENT || f->prev_raw == R_RPAREN || f->prev_raw == R_ATTR ||
        f->prev_raw == R_ASM_QUAL)
        return B_DECLARATOR;
    return B_OTHER;
}

/* A token that a declaration (a nested function's header) never has
 * outside brackets: after it, the statement is an expression's. */
static bool expression_only(int raw)
{
    switch (raw) {
    case R_ASSIGN: case R_BINARY: case R_AMP_OR_SIGN: case R_QUESTION: case R_COLON:
    case R_COMMA: case R_NUMBER: case R_STRING: case R_CHAR: case R_OTHER: case R_RETURN:
    case R_ANDAND: case R_EXPR_KW:
        return true;
    default:
        return false;
    }
}

/* A token that only ever goes into an expression's "soup": it can be
 * merged with the one before it. i: its lookahead index. */
static bool plain_atom(Filter *f, size_t i)
{
    const Token *t = peek(f, i);
    switch (t->raw) {
    case R_IDENT:
        /* the defer words: classify_ident may refuse them (tested before
         * the peek, which may move the queue t points into) */
        if (is_word(f, t, "defer") || is_word(f, t, "_Defer") || is_word(f, t, "errdefer"))
            return false;
        return !((is_word(f, t, "with") || is_word(f, t, "cwith_take")) &&
                 peek(f, i + 1)->raw == R_LPAREN);
    case R_NUMBER: case R_STRING: case R_CHAR: case R_BINARY: case R_AMP_OR_SIGN:
    case R_OTHER: case R_ASSIGN: case R_STAR: case R_COMMA: case R_EXPR_KW: case R_EXTERN:
        return true;
    default:
        return false;
    }
}

/* The lookahead index of the ')' or ']' that closes the group opening at
 * index 0, if the group holds nothing but plain atoms, groups and tokens
 * the filter only counts (`&&`, `?`, `:`, struct/union/enum): a call's
 * arguments, a subscript, a cast. Else 0: a brace inside (a statement
 * expression, a compound literal) or a keyword needs its own decision. */
static size_t plain_group_end(Filter *f)
{
    /* the closers expected, innermost last: `(3]` is an error the parser
     * must see, not a group */
    int closers[32], depth = 0;
    for (size_t i = 0;; i++) {
        int raw = peek(f, i)->raw;
        switch (raw) {
        case R_LPAREN: case R_LBRACK:
            if (depth == (int)(sizeof closers / sizeof *closers)) return 0;
            closers[depth++] = raw == R_LPAREN ? R_RPAREN : R_RBRACK;
            continue;
        case R_RPAREN: case R_RBRACK:
            if (depth == 0 || closers[--depth] != raw) return 0;
            if (depth == 0) return i;
            continue;
        case R_ANDAND: case R_QUESTION: case R_COLON: case R_TAG:
            if (i == 0) return 0;
            continue;
        default:
            if (i == 0 || !plain_atom(f, i)) return 0;
        }
    }
}

static int decide(Filter *f, Token *t);
static void track_asm_and_tags(Filter *f, const Token *t);

/* Most tokens of a function body are identifiers, operators, literals and
 * groups of them that the grammar takes as "soup". Handing a run of them
 * to the parser as one token halves the parser's work; the filter still
 * decides each one as it would alone (what `{` or `(` follows is decided
 * from the last). */
static bool merge_plain(Filter *f, Token *t)
{
    bool merged = false;
    for (;; merged = true) {
        if (plain_atom(f, 0)) {
            Token *a = peek(f, 0);
            if (a->raw == R_IDENT) f->tag_state = f->tag_state == 1 ? 2 : 0;
            else f->tag_state = 0;
            f->after_asm = false;
            if (expression_only(a->raw) && in_statements(f) && depth_in_ctx(f) == 0)
                f->stmt_expr = true;
            note_raw(f, a);
            t->len = (unsigned)(a->pos + a->len - t->pos);
            take(f);
            continue;
        }
        size_t close = plain_group_end(f);
        if (close == 0) break;
        for (size_t n = close + 1; n > 0; n--) {
            Token a = take(f);
            decide(f, &a);
            track_asm_and_tags(f, &a);
            note_raw(f, &a);
            t->len = (unsigned)(a.pos + a.len - t->pos);
        }
    }
    return merged;
}

/* ------------------------------------------------- one decision per kind */

/* Each on_* function decides one kind of raw token: its parser kind and
 * what it changes in the filter's state. They set f->next_stmt_start when
 * the token after this one starts a statement. */

/* `asm goto ("..." : out : in : clobbers : labels)`: each label it may
 * jump to, wherever the asm is (it may jump into a with body). */
static void note_asm_labels(Filter *f)
{
    if (peek(f, 0)->raw != R_LPAREN) return;
    size_t close = matching_paren(f, 0);
    int depth = 0, colons = 0;
    for (size_t i = 0; i < close; i++) {
        const Token *x = peek(f, i);
        if (x->raw == R_LPAREN || x->raw == R_LBRACK) depth++;
        else if (x->raw == R_RPAREN || x->raw == R_RBRACK) depth--;
        else if (depth == 1 && x->raw == R_COLON) colons++;
        else if (depth == 1 && x->raw == R_BINARY && x->len == 2 &&
                 !memcmp(text_of(f, x), "::", 2))
            colons += 2;
        else if (depth == 1 && colons >= 3 && x->raw == R_IDENT)
            vec_push(&f->marks, ((Mark){ MARK_ASM_LABEL, *x, f->asm_tok, 0, false }));
    }
}

static int on_goto(Filter *f, const Token *t)
{
    if (f->after_asm) {
        add_mark(f, MARK_ASM_GOTO, &f->asm_tok);
        note_asm_labels(f);
        return T_OTHER;
    }
    if (peek(f, 0)->raw == R_STAR) add_mark(f, MARK_COMPUTED_GOTO, t);
    return T_GOTO;
}

/* `__attribute__((... cleanup(f) ...))`, or C23's `[[gnu::cleanup(f)]]`
 * (t is the first '['): the variable's cleanup runs when its block is
 * left, which the analysis orders against with-exits. */
static void note_cleanup(Filter *f, const Token *t)
{
    if (t->raw == R_ATTR ? peek(f, 0)->raw != R_LPAREN || peek(f, 1)->raw != R_LPAREN
                         : peek(f, 0)->raw != R_LBRACK)
        return;
    size_t close = matching_paren(f, 0);
    for (size_t i = 1; i < close; i++) {
        Token *w = peek(f, i);
        if ((is_word(f, w, "cleanup") || is_word(f, w, "__cleanup__")) &&
            peek(f, i + 1)->raw == R_LPAREN) {
            add_mark(f, MARK_CLEANUP, t);
            return;
        }
    }
}

/* `&&` after an operand is logical and; otherwise it takes a label's
 * address. After ')' it may be either: `(a) && b` or `(void *)&&label`. */
static int on_andand(Filter *f)
{
    if (peek(f, 0)->raw != R_IDENT) return T_OTHER;
    switch (f->prev_raw) {
    case R_IDENT: case R_NUMBER: case R_STRING: case R_CHAR: case R_RBRACK:
        break;
    case R_RPAREN:
        add_mark(f, MARK_MAYBE_LABEL_ADDRESS, peek(f, 0));
        break;
    case R_AMP_OR_SIGN:
        if (f->prev_len == 2) break;            /* n-- && ok */
        add_mark(f, MARK_LABEL_ADDRESS, peek(f, 0));
        break;
    default:
        add_mark(f, MARK_LABEL_ADDRESS, peek(f, 0));
    }
    return T_OTHER;
}

static int on_open_paren(Filter *f, const Token *t)
{
    if (t->raw == R_LBRACK) {
        push_paren(f, (Paren){ B_OTHER, false, false });
        return T_LBRACK;
    }
    Paren p;
    p.before = before_paren(f);
    p.is_with = f->prev_kind == T_WITH;
    p.is_attr = f->tag_state && f->prev_raw == R_ATTR;
    push_paren(f, p);
    return T_LPAREN;
}

static int on_close_paren(Filter *f, const Token *t)
{
    if (f->parens.n > top_brace(f)->paren_base) {
        f->last_closed = f->parens.v[--f->parens.n];
        if (f->last_closed.before == B_CONTROL && depth_in_ctx(f) == 0 && in_statements(f))
            f->next_stmt_start = true;
    } else {
        f->last_closed = (Paren){ B_OTHER, false, false };
    }
    return t->raw == R_RPAREN ? T_RPAREN : T_RBRACK;
}

/* The parser does not see the braces of `extern "C" { }`. */
#define TRANSPARENT (-1)

static int on_open_brace(Filter *f, Token *t)
{
    Ctx ctx = classify_lbrace(f);
    bool kr_header = f->prev_raw == R_SEMI && at_top_level(f);
    f->tag_state = 0;
    push_brace(f, ctx);
    switch (ctx) {
    case CTX_LINKAGE:
        f->top_boundary = true;
        return TRANSPARENT;
    case CTX_FUNC:
        if (f->braces.n == 1) {     /* a top-level body: keep its tokens */
            f->body.n = 0;
            f->logging = true;
            f->body_gap = false;
            keep_token(f->src, t, &f->body, &f->body_gap);
        }
        /* a body without `with` is copied: skip to its end */
        if (f->braces.n == 1 && queued(f) == 0 && f->fast_path)
            lexer_skip_block(f->lx, t->pos);
        /* after K&R parameter declarations the header began earlier */
        t->aux = kr_header ? f->chain_start : f->decl_start;
        f->next_stmt_start = true;
        return T_FUNC_LBRACE;
    case CTX_BLOCK:
        f->next_stmt_start = true;
        return T_BLOCK_LBRACE;
    case CTX_SE:
        f->next_stmt_start = true;
        return T_SE_LBRACE;
    default:
        return T_DATA_LBRACE;
    }
}

static int on_close_brace(Filter *f)
{
    if (f->braces.n == 0) return T_BLOCK_RBRACE;     /* stray: the top level takes it */
    Brace b = f->braces.v[--f->braces.n];
    f->parens.n = b.paren_base;      /* unclosed parens end here */
    switch (b.ctx) {
    case CTX_LINKAGE:
        f->top_boundary = true;
        return TRANSPARENT;
    case CTX_FUNC:
        f->next_stmt_start = true;
        if (at_top_level(f)) f->top_boundary = true, f->chain_open = false;
        return T_FUNC_RBRACE;
    case CTX_BLOCK:
        f->next_stmt_start = true;
        return T_BLOCK_RBRACE;
    case CTX_SE:
        return T_SE_RBRACE;
    default:
        return T_DATA_RBRACE;
    }
}

static int on_semicolon(Filter *f)
{
    if (depth_in_ctx(f) == 0) {
        f->next_stmt_start = true;
        if (at_top_level(f)) f->top_boundary = true;
    }
    return T_SEMI;
}

/* A ':' ends a label, `case X`, `default`; or it belongs to a `?`. */
static int on_colon(Filter *f)
{
    if (depth_in_ctx(f) == 0 && in_statements(f)) {
        if (f->label_colon || f->default_colon || (f->case_colon && f->questions == 0)) {
            f->next_stmt_start = true;
            f->label_colon = f->default_colon = f->case_colon = false;
            /* C23: a label may end a block; it labels an empty statement */
            f->empty_statement = peek(f, 0)->raw == R_RBRACE;
        } else if (f->questions > 0) {
            f->questions--;
        }
    }
    return T_COLON;
}

/* Keywords and punctuation that need no decision. */
static int plain_kind(Filter *f, int raw)
{
    switch (raw) {
    case R_IF: return T_IF;
    case R_ELSE: f->next_stmt_start = true; return T_ELSE;
    case R_WHILE: return T_WHILE;
    case R_DO: f->next_stmt_start = true; return T_DO;
    case R_FOR: return T_FOR;
    case R_SWITCH: return T_SWITCH;
    case R_CASE: f->case_colon = true; return T_CASE;
    case R_DEFAULT: f->default_colon = true; return T_DEFAULT;
    case R_RETURN: return T_RETURN;
    case R_BREAK: return T_BREAK;
    case R_CONTINUE: return T_CONTINUE;
    case R_TAG: f->tag_state = 1; return T_OTHER;
    case R_QUESTION: if (depth_in_ctx(f) == 0) f->questions++; return T_OTHER;
    case R_COMMA: return T_COMMA;
    case R_STAR: return T_STAR;
    default: return T_OTHER;
    }
}

static int decide(Filter *f, Token *t)
{
    switch (t->raw) {
    case R_IDENT: {
        int kind = classify_ident(f, t);
        if (f->tag_state == 1) f->tag_state = 2;
        else if (f->tag_state == 2) f->tag_state = 0;
        return kind;
    }
    case R_GOTO: return on_goto(f, t);
    case R_ATTR: note_cleanup(f, t); return T_OTHER;
    case R_ANDAND: return on_andand(f);
    case R_LBRACK:
        if (peek(f, 0)->raw == R_LBRACK) note_cleanup(f, t);
        return on_open_paren(f, t);
    case R_LPAREN: return on_open_paren(f, t);
    case R_RPAREN: case R_RBRACK: return on_close_paren(f, t);
    case R_LBRACE: return on_open_brace(f, t);
    case R_RBRACE: return on_close_brace(f);
    case R_SEMI: return on_semicolon(f);
    case R_COLON: return on_colon(f);
    default: return plain_kind(f, t->raw);
    }
}

/* `asm goto` and `struct X __attribute__((...)) {` span several tokens. */
static void track_asm_and_tags(Filter *f, const Token *t)
{
    if (t->raw == R_ASM) {
        f->after_asm = true;
        f->asm_tok = *t;
    } else if (t->raw != R_ASM_QUAL) {
        f->after_asm = false;
    }
    if (f->tag_state && t->raw != R_TAG && t->raw != R_IDENT && t->raw != R_ATTR &&
        !(f->parens.n > 0 && f->parens.v[f->parens.n - 1].is_attr) &&
        !(t->raw == R_RPAREN && f->last_closed.is_attr))
        f->tag_state = 0;
}

/* A statement or a top-level declaration begins: where return types and
 * the with-statement's pieces start, and the ':' bookkeeping restarts. */
static void begin_declaration(Filter *f, size_t pos)
{
    f->decl_start = pos;
    f->top_boundary = false;
    if (!f->chain_open) f->chain_start = pos, f->chain_open = true;
}

static void note_beginnings(Filter *f, const Token *t, int kind, bool statement, bool declaration)
{
    if (statement) {
        f->decl_start = t->pos;
        f->questions = 0;
        if (t->raw != R_CASE) f->case_colon = false;
        if (t->raw != R_DEFAULT) f->default_colon = false;
        if (kind != T_LABEL) f->label_colon = false;
    }
    /* a lone ';' is an empty declaration: the next token begins one */
    if (declaration && t->raw != R_SEMI) begin_declaration(f, t->pos);
}

/* What may come before a statement or label without being one: a C23
 * attribute specifier sequence `[[...]]`, `_Pragma("...")`, and GNU's
 * `__attribute__((...))` (`out: __attribute__((unused)) if`,
 * `__attribute__((musttail)) return f(x);`; before a declaration it may be
 * left out as well). Returns the number of tokens after t that belong to it
 * (its group), or 0. */
static size_t prefix_group(Filter *f, const Token *t)
{
    if (t->raw == R_ATTR && peek(f, 0)->raw == R_LPAREN &&
        !memcmp(text_of(f, t), "__attribute", 11)) {       /* not alignas, __declspec */
        size_t close = matching_paren(f, 0);
        return peek(f, close)->raw == R_EOF ? 0 : close + 1;
    }
    if (t->raw == R_LBRACK && peek(f, 0)->raw == R_LBRACK) {
        int depth = 1;
        size_t i = 0;
        for (;; i++) {
            int raw = peek(f, i)->raw;
            if (raw == R_EOF) return 0;
            if (raw == R_LPAREN || raw == R_LBRACK) depth++;
            else if ((raw == R_RPAREN || raw == R_RBRACK) && --depth == 0) return i + 1;
        }
    }
    if ((is_word(f, t, "_Pragma") || is_word(f, t, "__pragma")) && peek(f, 0)->raw == R_LPAREN) {
        size_t close = matching_paren(f, 0);
        return peek(f, close)->raw == R_EOF ? 0 : close + 1;
    }
    return 0;
}

/* The prefix at t, unless a with-statement hides in it. */
static size_t statement_prefix(Filter *f, const Token *t)
{
    size_t n = prefix_group(f, t);
    /* a `with (` inside is not hidden: it is checked as anywhere else */
    for (size_t i = 0; i < n; i++)
        if (starts_with_statement(f, i)) return 0;
    if (n && (t->raw == R_ATTR || t->raw == R_LBRACK)) note_cleanup(f, t);
    return n;
}

static bool may_merge(const Filter *f, int kind)
{
    return (kind == T_IDENT || kind == T_OTHER || kind == T_STAR || kind == T_COMMA) &&
           f->prev_kind != T_GOTO && !(f->parens.n > 0 && f->parens.v[f->parens.n - 1].is_with);
}

int filter_next(Filter *f, Token *out)
{
    if (f->empty_statement) {
        f->empty_statement = false;
        *out = *peek(f, 0);         /* at the '}', no bytes of its own */
        out->raw = R_SEMI;
        out->kind = T_SEMI;
        out->len = 0;
        f->prev_kind = T_SEMI;
        return T_SEMI;
    }
    for (;;) {
        /* a declaration that cannot hold anything to translate: the
         * scanner goes on at its ';' */
        if (f->fast_path && f->top_boundary && at_top_level(f) && queued(f) == 0 &&
            !f->eof_seen && !f->skipped_declaration) {
            bool after_function;
            f->skipped_declaration = lexer_skip_declaration(f->lx, &f->skipped_start, &after_function);
            if (after_function) {       /* as after the '}' of a function read token by token */
                Token brace = { .raw = R_RBRACE, .len = 1 };
                note_raw(f, &brace);
                f->prev_kind = T_FUNC_RBRACE;
                f->stmt_start = f->next_stmt_start = true;
                f->chain_open = false;
            }
        }
        Token t = take(f);
        if (f->skipped_declaration) {   /* t is its ';': it began before */
            if (f->skipped_start != t.pos) begin_declaration(f, f->skipped_start);
            f->skipped_declaration = false;
        }
        if (t.raw == R_EOF) {
            *out = t;
            out->kind = 0;
            return 0;
        }
        bool began_statement = f->stmt_start && in_statements(f) && depth_in_ctx(f) == 0;
        if (began_statement) f->stmt_expr = false;
        bool began_declaration = f->top_boundary && at_top_level(f);
        /* `[[...]]` or `_Pragma(...)` before a statement: the parser does
         * not see it (the output keeps it), the statement starts after it */
        size_t prefix = began_statement && inside_function(f) ? statement_prefix(f, &t) : 0;
        if (prefix) {
            while (prefix--) {
                Token a = take(f);
                if (is_word(f, &a, "musttail") || is_word(f, &a, "__musttail__")) f->musttail = true;
            }
            continue;
        }
        /* the analysis refuses a musttail return that must run exits after it */
        if (f->musttail && t.raw == R_RETURN) add_mark(f, MARK_MUSTTAIL, &t);
        f->musttail = false;
        f->next_stmt_start = false;
        bool top = in_statements(f) && depth_in_ctx(f) == 0;
        int kind = decide(f, &t);
        if (top && expression_only(t.raw)) f->stmt_expr = true;
        if (f->logging && f->braces.n == 0) f->logging = false;    /* its '}' */
        if (kind == TRANSPARENT) {
            note_raw(f, &t);
            continue;
        }
        track_asm_and_tags(f, &t);
        note_beginnings(f, &t, kind, began_statement, began_declaration);
        f->stmt_start = f->next_stmt_start;
        bool merge = may_merge(f, kind);
        note_raw(f, &t);
        if (merge && merge_plain(f, &t)) kind = T_OTHER;
        f->prev_kind = kind;
        t.kind = kind;
        *out = t;
        return kind;
    }
}

Filter *filter_new(Lexer *lx, const Source *src, Diag *diag, bool fast_path)
{
    Filter *f = xmalloc(sizeof *f);
    memset(f, 0, sizeof *f);
    f->lx = lx;
    f->src = src;
    f->diag = diag;
    f->top_boundary = true;
    f->prev_raw = f->prev2_raw = R_SEMI;
    f->prev_kind = T_SEMI;
    f->fast_path = fast_path;
    f->plain_defer_taken = f->plain_errdefer_taken = -1;
    return f;
}

void filter_free(Filter *f)
{
    if (!f) return;
    vec_free(&f->queue);
    vec_free(&f->braces);
    vec_free(&f->parens);
    vec_free(&f->body);
    vec_free(&f->marks);
    free(f);
}

int filter_with_candidates(const Filter *f)
{
    return f->with_candidates;
}

int filter_takes(const Filter *f)
{
    return f->takes;
}

int filter_body_candidates(const Filter *f)
{
    return f->body_candidates;
}

const BodyToken *filter_body_tokens(const Filter *f, size_t *n)
{
    *n = f->body.n;
    return f->body.v;
}

const Marks *filter_marks(const Filter *f)
{
    return &f->marks;
}
