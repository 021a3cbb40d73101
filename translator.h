/* translator.h: what each part of the cwith translator exports.
 *
 * The data flow, one stage per file; translate.c owns it and calls each
 * stage in turn, no stage calls a later one:
 *
 *   translate.c         the driver: runs the stages below for one input
 *   lexer/lexer.c       bytes -> raw tokens; comments, whitespace and
 *                       preprocessor lines are trivia (copied later as bytes)
 *   lexer/filter.c      raw tokens -> parser tokens: which `with`/`as` are
 *                       keywords, what each `{` opens, labels
 *   parser/parser.y     parser tokens -> one function's statement tree
 *   codegen/analyze.c   the scope exits: which exit actions each jump runs;
 *                       rejected jumps
 *   codegen/macros.c    jumps hidden in macros: the input's and those of the
 *                       headers of its #include "..." lines
 *   codegen/rettype.c   a function's return type, for `return` temporaries
 *   codegen/codegen.c   tree -> C text: copies the input and rewrites only
 *                       with-statements and the jumps that leave them
 *   diag.c              file:line:col diagnostics; #line mapping
 *   util.c              memory: allocation, arena, growable arrays
 *
 * Nothing here keeps state outside the objects passed to it.
 */
#ifndef CWITH_TRANSLATOR_H
#define CWITH_TRANSLATOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "translate.h"

#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

/* ------------------------------------------------------------- util.c */

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
void *xcalloc(size_t count, size_t size);
size_t hash_bytes(const char *s, size_t n);     /* FNV-1a, for the name tables */
/* Does text[0, size) hold bytes[0, len) somewhere (len > 0)? */
bool mem_contains(const char *text, size_t size, const char *bytes, size_t len);
/* The first place of bytes[0, len) in text[0, size), or NULL (memmem). */
const char *mem_find(const char *text, size_t size, const char *bytes, size_t len);
/* Past the bytes of a name from s[i] (letters, digits, `_`, `$`, UTF-8
 * bytes, and universal character names \uXXXX, \UXXXXXXXX, as gcc -E reads
 * them), up to end. */
size_t name_bytes_end(const char *s, size_t i, size_t end);
/* The first carriage return of s[0, n) not followed by a line feed (a line
 * end for the compiler, not for cwith's scanner), or NULL. */
const char *find_lone_cr(const char *s, size_t n);
/* The first trigraph of s[0, n) that is '#', '\\', a bracket or a brace
 * when the compiler reads trigraphs (-std=c99, -trigraphs), or NULL. */
const char *find_trigraph(const char *s, size_t n);
/* Past blanks, line splices and comments in a directive line, from s[i]. */
size_t skip_directive_blanks(const char *s, size_t i, size_t end);
/* s[0, n) without its line splices, into out (cap bytes): the length, or 0
 * if it does not fit. For a word a splice splits (CHE\ + newline + CK). */
size_t unsplice(const char *s, size_t n, char *out, size_t cap);
/* The length of the line splice at s[i] (a backslash, then LF, CR LF or
 * CR) before end, as unsplice reads one, or 0. */
size_t line_splice_len(const char *s, size_t i, size_t end);
/* The word s[0, n) as the compiler reads it, into out (cap bytes, at most
 * 512 used): without line splices, its universal character names (\u00e9)
 * as UTF-8. The length, or 0 if it does not fit. */
size_t canonical_word(const char *s, size_t n, char *out, size_t cap);
/* Is s[0, n) (a word, perhaps split by line splices) the word w? */
bool text_is_word(const char *s, size_t n, const char *w);
void fatal(const char *fmt, ...) PRINTF_LIKE(1, 2) __attribute__((noreturn));

/* Growable arrays: `VEC(Token) toks = {0}; vec_push(&toks, t);` */
#define VEC(T) struct { T *v; size_t n, cap; }
void *vec_grow(void *v, size_t *cap, size_t need, size_t elem_size);
#define vec_reserve(a, need) \
    ((need) > (a)->cap ? (void)((a)->v = vec_grow((a)->v, &(a)->cap, (need), sizeof *(a)->v)) \
                       : (void)0)
#define vec_push(a, x) (vec_reserve((a), (a)->n + 1), (a)->v[(a)->n++] = (x))
#define vec_free(a) (free((a)->v), (a)->v = NULL, (a)->n = (a)->cap = 0)

/* Bytes: `buf_put(&b, s, n)`; a string literal: `buf_lit(&b, "...")`. */
typedef VEC(char) Buf;
void buf_put(Buf *b, const char *s, size_t n);
#define buf_lit(b, lit) buf_put((b), "" lit, sizeof(lit) - 1)

/* Zeroed memory that lives until the next arena_reset. */
typedef struct Arena { struct Chunk *chunks; } Arena;
void *arena_alloc(Arena *a, size_t n);
void arena_reset(Arena *a);         /* keeps one chunk for reuse */
void arena_free(Arena *a);

/* ------------------------------------------------------------- source */

/* Where the lines of a source start, found as far as diagnostics have
 * needed (token_at): a position's line in log time, not by a scan from
 * the start for each diagnostic (thousands of errors in one file). */
typedef struct LineStarts {
    size_t *v;          /* the offset after each newline before `scanned` */
    size_t n, cap;
    size_t scanned;
} LineStarts;

typedef struct Source {
    const char *name;   /* as given on the command line, or "<stdin>" */
    const char *text;   /* the bytes, not necessarily terminated */
    size_t size;
    LineStarts *line_starts;    /* NULL: token_at scans */
} Source;

/* 24 bytes: offsets fit in 32 bits (CWITH_MAX_INPUT), and tokens are
 * copied through the lookahead queue, the parser's stack and the tree. */
typedef struct Token {
    short kind;         /* parser token kind (after the filter) */
    short raw;          /* lexer kind, RawKind */
    uint32_t pos;       /* byte offset in the source */
    unsigned len;
    int line, col;      /* 1-based, in the input as read; col counts bytes */
    uint32_t aux;       /* FUNC_LBRACE: offset where the declaration starts */
} Token;

/* ------------------------------------------------------------- diag.c */

/* A `#line N "file"` or `# N "file"` directive of the input: from the line
 * after it on, lines are numbered from N in `file`. */
typedef struct LineMark {
    size_t pos;         /* where the next line begins */
    int phys_line;      /* that line's number in the input as read */
    int line;           /* N */
    size_t file_pos;    /* the string literal of the file named by this mark
                           or the last earlier one, quotes included (kept
                           here so that a place needs no walk back) */
    unsigned file_len;  /* 0: no mark up to this one names a file */
} LineMark;
typedef VEC(LineMark) LineMap;

/* Where a position is for the compiler: file (a string literal, quotes
 * included) and line, after the input's own #line directives. */
typedef struct Place {
    const char *file;   /* NULL: the source's own name */
    unsigned file_len;
    int line;
} Place;
Place place_of(const Source *src, const LineMap *lines, size_t pos, int phys_line);

typedef struct Diag {
    const Source *src;
    const LineMap *lines;
    FILE *out;
    int errors;
    int max_errors;     /* report no more than this many (0: all) */
    bool color;
    int warnings;       /* cwith_options.warnings: 0 none, 1 shown, 2 as errors */
    bool muted;         /* past max_errors: notes of dropped errors go too */
    Buf msg;            /* one diagnostic, written at once */
    struct {            /* the line of the last column counted, and that column */
        size_t start, end, at;
        int col;        /* display column of `at` (0: nothing cached) */
    } line;
} Diag;

/* A one-byte token at pos, its line and column counted (for the few
 * diagnostics about positions no token holds). */
Token token_at(const Source *src, size_t pos, unsigned len);

void diag_init(Diag *d, const Source *src, const LineMap *lines, FILE *out);
void diag_free(Diag *d);
void error_at(Diag *d, const Token *tok, const char *fmt, ...) PRINTF_LIKE(3, 4);
void warning_at(Diag *d, const Token *tok, const char *fmt, ...) PRINTF_LIKE(3, 4);
void note_at(Diag *d, const Token *tok, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* At a token of another source, a header (`lines`: its #line directives);
 * the input's own source works too. */
void error_in(Diag *d, const Source *src, const LineMap *lines, const Token *tok,
              const char *fmt, ...) PRINTF_LIKE(5, 6);
void note_in(Diag *d, const Source *src, const LineMap *lines, const Token *tok,
             const char *fmt, ...) PRINTF_LIKE(5, 6);
/* The error cap (max_errors) is reached: says so once; the caller stops. */
bool diag_full(Diag *d);

/* ------------------------------------------------------------ lexer.c */

/* Raw token kinds. Only the distinctions the filter and the parser need. */
typedef enum RawKind {
    R_EOF,
    R_IDENT,        /* identifiers and keywords not listed below */
    R_IF, R_ELSE, R_WHILE, R_DO, R_FOR, R_SWITCH, R_CASE, R_DEFAULT,
    R_RETURN, R_BREAK, R_CONTINUE, R_GOTO,
    R_TAG,          /* struct union enum */
    R_ATTR,         /* __attribute__ __declspec alignas ... (take a paren group) */
    R_ASM,          /* asm __asm __asm__ */
    R_ASM_QUAL,     /* volatile inline and their __x__ spellings (after asm) */
    R_EXTERN,
    R_EXPR_KW,      /* sizeof _Alignof alignof _Generic: precede '(' in expressions */
                    /* (R_IDENT to R_EXPR_KW: the words, filter.c counts on it) */
    R_LPAREN, R_RPAREN, R_LBRACK, R_RBRACK, R_LBRACE, R_RBRACE,
    R_SEMI, R_COLON, R_COMMA, R_STAR, R_ASSIGN, R_QUESTION, R_ANDAND,
    R_STRING, R_CHAR, R_NUMBER,
    R_AMP_OR_SIGN,  /* & + - ++ -- : may start an expression or continue one */
    R_BINARY,       /* operators that can only continue an expression */
    R_OTHER
} RawKind;

typedef struct Lexer Lexer;

/* A `#define` of the input: the name, whether it takes arguments, and its
 * replacement text. cwith expands nothing; it only needs to know, in a few
 * places, that a word is a macro and what it stands for. */
typedef struct MacroDef {
    size_t name_pos;
    unsigned name_len;
    bool function_like;
    size_t body_start, body_end;
    int line;
    bool conditional;   /* inside an #if/#ifdef group: cwith cannot tell if it applies */
} MacroDef;
/* The #defines read, in order (a VEC); `names`: find_macro's index of them
 * by name, brought up to date as it is asked (a cache). */
typedef struct Macros {
    MacroDef *v;
    size_t n, cap;
    struct MacroNames *names;
} Macros;
/* The macro defined last under the name src[pos, pos+len), or NULL (in
 * constant time: the uses of thousands of macros in as many functions). */
const MacroDef *find_macro(const Source *src, const Macros *macros, size_t pos, unsigned len);
void macros_free(Macros *macros);

/* A region of a preprocessor branch the parser did not see (#else of an
 * #if whose branches do not balance braces). */
typedef struct SkippedRegion {
    size_t start, end;
    int line;
    bool has_jump;      /* return break continue goto case default */
    bool has_with;      /* `with (` */
    bool has_defer;     /* `defer` and what may start a statement */
    bool has_take;      /* `cwith_take (` */
} SkippedRegion;
typedef VEC(SkippedRegion) SkippedRegions;

/* A conditional (#if ... #endif) or #include line the parser saw around. */
typedef struct Directive {
    size_t pos;         /* of the '#' */
    int line;
    bool is_include;
    int cond;           /* #if, #ifdef, #ifndef: 1; #endif: -1; else 0 */
} Directive;
typedef VEC(Directive) Directives;

/* `lines` and `macros` (either may be NULL) receive the input's #line
 * directives and #defines. */
Lexer *lexer_new(const Source *src, LineMap *lines, Macros *macros);
void lexer_free(Lexer *lx);
int lexer_next(Lexer *lx, Token *tok);          /* returns tok->raw */
/* Preprocessor conditionals whose branches the lexer could not line up. */
const SkippedRegions *lexer_skipped(const Lexer *lx);
/* Where a line splice splits the name of a directive or of a #define
 * (the name's end), or 0: cwith read a shorter name there. */
size_t lexer_unread_name(const Lexer *lx);
/* Where a #define's name has a universal character name (`\u00e9`), or 0:
 * cwith reads macro names in UTF-8 only. */
size_t lexer_ucn_define(const Lexer *lx);
/* The conditional and #include lines, in order. */
const Directives *lexer_directives(const Lexer *lx);
/* The index of the first of d at or after pos (d->n: none). */
size_t directive_index(const Directives *d, size_t pos);
bool lexer_pp_mismatch(const Lexer *lx, Token *where);
/* The first #if group without #else whose branch left braces or
 * parentheses open (at its #if), if any. */
bool lexer_open_group(const Lexer *lx, Token *where);
/* At the '{' of a function body (nothing queued after it): if the body
 * holds no `with` and nothing the fast path cannot follow, continue at its
 * matching '}'. Returns whether it did. */
bool lexer_skip_block(Lexer *lx, size_t open);
/* Where a top-level declaration may begin (nothing queued): if it ends
 * with a ';' before any brace, '#' or anything else the byte loop cannot
 * follow (see lexer.c), continue at that ';' and set *start to where the
 * declaration's first token is. Returns whether it did. Function
 * definitions with bodies the body skip takes are passed whole on the way;
 * *after_function tells whether the next token comes right after one. */
bool lexer_skip_declaration(Lexer *lx, size_t *start, bool *after_function);
/* Lexes a byte range on its own (used for function headers). */
size_t lex_range(const Source *src, size_t start, size_t end, Token **out);
/* The same for a range that begins a line (the file's start): a '#' first
 * on its line there begins a directive. */
size_t lex_range_at_line(const Source *src, size_t start, size_t end, Token **out);

/* ----------------------------------------------------------- filter.c */

typedef struct Filter Filter;

/* Does the input use `word` as a name (`int defer;`, `f(defer)`)? Then
 * that plain spelling is never a keyword in it. */
bool word_used_as_name(const Source *src, const char *word);

/* Positions the analysis checks against with-statement bodies. */
typedef enum MarkKind {
    MARK_COMPUTED_GOTO, MARK_ASM_GOTO,
    MARK_LABEL_ADDRESS,         /* &&label */
    MARK_MAYBE_LABEL_ADDRESS,   /* (...) && name: a cast and &&label, or logical and */
    MARK_CLEANUP,               /* __attribute__((cleanup(f))) */
    MARK_TAKE,                  /* cwith_take(NAME) */
    MARK_ASM_LABEL,             /* a label an asm goto may jump to (arg: the asm) */
    MARK_MUSTTAIL               /* a return after a musttail attribute */
} MarkKind;
typedef struct Mark {
    MarkKind kind;
    Token tok;
    Token arg;          /* MARK_TAKE: NAME (len 0 if not a lone identifier) */
    size_t end;         /* MARK_TAKE: after its ')' */
    bool alone;         /* MARK_TAKE: a statement of its own (its value unused) */
} Mark;
typedef VEC(Mark) Marks;

Filter *filter_new(Lexer *lx, const Source *src, Diag *diag, bool fast_path);
void filter_free(Filter *f);
int filter_next(Filter *f, Token *tok);         /* returns tok->kind */
/* How many `with (` were seen so far: anything that may be a with-statement. */
int filter_with_candidates(const Filter *f);
/* ... of them inside function bodies. */
int filter_body_candidates(const Filter *f);
/* How many `cwith_take(` were seen in function bodies so far. */
int filter_takes(const Filter *f);
const Marks *filter_marks(const Filter *f);
/* A token of a function body as the macro checks keep it: words (and
 * what begins like one: L"..."), parentheses and braces; `gap`: a token
 * was left out right before it. 12 bytes, not a Token's 24: a function of
 * megabytes keeps one per word. */
typedef struct BodyToken {
    uint32_t pos, len;
    unsigned char raw;      /* RawKind */
    bool gap;
} BodyToken;
typedef VEC(BodyToken) BodyTokens;
/* Appends t, if the macro checks keep it; *gap: one was left out before. */
void keep_body_token(const Source *src, const Token *t, BodyTokens *out, bool *gap);
/* The kept tokens of the last top-level function body the filter read in
 * full, '{' to '}' (none of a body the fast path skipped): the macro
 * checks need them and need not lex the body again. */
const BodyToken *filter_body_tokens(const Filter *f, size_t *n);

/* ---------------------------------------------------- parser.y, tree.c */

typedef enum NodeKind {
    N_FUNC,         /* a function definition (top level or GNU nested) */
    N_BLOCK,        /* { ... } */
    N_STMT_EXPR,    /* GNU ({ ... }) */
    N_IF, N_WITH, N_SWITCH, N_WHILE, N_DO, N_FOR,
    N_MACRO,        /* FOO(args) statement, FOO statement: an unknown macro, maybe a loop */
    N_GOTO, N_BREAK, N_CONTINUE, N_RETURN,
    N_LABEL, N_CASE, N_DEFAULT,
    N_DEFER,        /* defer S; (errdefer S;): body is S */
    N_SIMPLE        /* expression, declaration or anything else up to ';' */
} NodeKind;

typedef struct WithItem {
    Token manager;      /* the identifier of the enter call (of M in cwith_adopt(M, v)) */
    size_t call_start, call_end;
    size_t value_start, value_end;  /* the call, or v in cwith_adopt(M, v) */
    Token name;         /* `as` name; name.len == 0 when absent */
    size_t type_start, type_end;    /* `as TYPE NAME`: TYPE; equal when absent */
    int id;             /* unique in the file: names the hidden variable */
    bool taken;         /* a cwith_take(name) in its scope: its exit is guarded */
} WithItem;

typedef struct Node Node;

/* The scope-exit seam. An action is code that must run when control leaves
 * a region of a function. A node that owns actions (today: a with-statement,
 * whose items' exits guard its body) lists them in the order they are set
 * up; each becomes active at `active_from` and stays active to the end of
 * the owner's region. A jump runs, innermost first, the actions active where
 * it is but not where it goes (analyze.c); codegen.c writes each kind's code
 * in one place. A new kind of action is a new ActionKind and a case in
 * both files' switch on it. */
typedef enum ActionKind {
    ACT_WITH_EXIT,      /* pop the item's frame, call its manager's exit */
    ACT_DEFER           /* pop the defer's frame, run its statement */
} ActionKind;

/* A defer's cases for returns: every return that runs its statement goes
 * on the same way after it (the whole chain of actions out), so one case
 * serves all the returns with a value and one those without; they come
 * first, in this order, then the other jumps' in source order. */
enum { RETURN_CASE_VALUE = 1, RETURN_CASE_PLAIN = 2 };

/* A jump that runs a defer's statement: the statement is written once,
 * where it stands, and the jump goes there; afterwards the defer's
 * dispatch runs the rest of the jump's actions (exits[index + 1] on). */
typedef struct DeferCase {
    const Node *jump;
    int index;          /* of the defer's action in jump->exits */
    const struct Action *action;    /* that action: its dispatch goes on with
                                     * action->outer (no walk from the head) */
} DeferCase;

/* `cwith_take(NAME)` at src[start, end): the value of an item, whose
 * exit it cancels. */
typedef struct Take {
    size_t start, end;
    const WithItem *item;
    bool alone;         /* `cwith_take(NAME);`: no value (-Wunused-value) */
} Take;
typedef VEC(Take) Takes;

typedef struct Action {
    ActionKind kind;
    const Node *owner;
    int index;          /* ACT_WITH_EXIT: the item */
    size_t active_from; /* offset from which it runs on the way out */
    /* the action active around this one, run after it on the way out
     * (set by the analysis), and how many actions that chain holds with
     * this one: a jump's exits are a head and a count on these chains,
     * shared by every jump (nested returns: linear, not quadratic) */
    const struct Action *outer;
    int depth;
    bool only_items;    /* this action and all outer ones are item exits */
    /* ACT_DEFER of an errdefer: how many errdefers, this one and those
     * right outside it on the chain, come in a row, and the outermost of
     * them (popping its frame pops theirs: one call for the run) */
    int errdefer_run;
    const struct Action *errdefer_run_last;
    bool defers_out;    /* this action or an outer one is a defer */
    /* set by codegen.c for returns deep in with-statements: the action is
     * also written once as a step of the return ladder, which then goes
     * on to ladder_next (NULL: the return itself) */
    bool ladder;        /* (the next step is `outer`; NULL: the return) */
} Action;

struct Node {
    NodeKind kind;
    Token tok;          /* first token: keyword, label or brace */
    size_t start, end;  /* bytes of the whole statement */
    Node *parent;
    Node *body;         /* controlled statement */
    Node *else_body;
    Node *kids;         /* block items, or statement expressions inside expressions */
    Node *next;
    Token else_tok;
    Token name;         /* goto target, label name */
    size_t expr_start, expr_end;  /* return expression; equal when none */
    WithItem *items;
    int nitems;
    int id;             /* with-statement number in the file */
    size_t header_start;  /* N_FUNC: where the declaration starts */
    size_t body_start;    /* N_FUNC: the '{' */
    size_t header_end;    /* N_WITH: after the ')' of its items */
    Action *actions;    /* the actions this node owns, in setup order */
    int nactions;
    /* set by the analysis: the nearest enclosing node whose actions'
     * region holds this one, and the loop, the loop or switch, and the
     * switch whose body holds it (so no jump walks every ancestor) */
    const Node *scope_owner;
    Node *loop, *breakable, *switch_around;
    const Action *exit_head;    /* jumps: the first action to run; the */
    int nexits;                 /* others follow it on its outer chain */
    bool broken;        /* N_FUNC: a syntax error was skipped inside */
    bool on_error_only; /* N_DEFER: errdefer, run only when an error unwinds */
    unsigned char return_cases; /* N_DEFER: RETURN_CASE_VALUE | RETURN_CASE_PLAIN */
    size_t close_pos;   /* N_BLOCK, N_STMT_EXPR, N_FUNC: the closing brace */
    const Node *in_deferred;    /* the innermost defer whose statement holds it */
    DeferCase *cases;   /* N_DEFER: the jumps that run it, in source order */
    int ncases;
    bool has_defer;     /* N_FUNC: a defer statement among its statements */
    Take *takes;        /* top-level N_FUNC: its takes (nested functions' too), */
    int ntakes;         /* in source order */
    /* N_WITH, for the runtime's safety net (which enter its first item
     * calls): the action whose frame is on top of the chain when the
     * statement is entered, for certain (NULL: none known); whether the
     * body can make a call */
    const Action *frame_below;
    bool body_calls;
    bool ladder_return; /* N_RETURN: stores its value and enters the ladder */
    int most_return_exits;  /* N_FUNC: the most exits one of its returns runs */
    bool value_return_exits;    /* N_FUNC: a `return VALUE;` of it runs exits */
    bool in_with_header;    /* in a statement expression of a with-item */
    signed char ending;     /* codegen.c's ending(), once known: 1 + Ending */
};

typedef struct NodeList { Node *head, *tail; } NodeList;

/* What the grammar's actions need; the driver reads what they leave. */
typedef struct ParseContext {
    const Source *src;
    Diag *diag;
    Arena *arena;           /* the current function's nodes */
    int with_count;         /* with- and defer statements so far */
    int item_count;         /* with-items so far (hidden variable names) */
    bool require_else;      /* cwith_options.require_else */
    Node *finished;         /* a top-level function just parsed, for the driver */
    Token last_tok;         /* the token pushed last, for syntax errors */
    bool has_pending;       /* a syntax error not reported yet */
    Token pending_tok;
    char pending_msg[256];
    bool has_stray_with;    /* a `with` token at the top level, not reported yet */
    Token stray_with;
} ParseContext;

/* The deepest node below n (n itself at least) whose bytes hold pos. */
const Node *node_at(const Node *n, size_t pos);

/* node_at(root, pos) for many positions in increasing order, in linear
 * time over all (the nodes' parents must be linked). */
typedef struct NodeCursor {
    const Node *root;
    const Node *last;       /* the node found last, or NULL */
    const Node *resume;     /* its first kid that ends after last_pos, */
    const Node *before;     /* and the kid before that (NULL: none) */
    size_t last_pos;
} NodeCursor;
const Node *node_cursor_at(NodeCursor *c, size_t pos);

typedef struct Parser Parser;
Parser *parser_new(ParseContext *ctx);
void parser_free(Parser *p);
/* Pushes one token (kind 0 ends the input). Returns false once the parse
 * has ended; then *failed tells whether it ended in a syntax error. A
 * function completed by this token is left in ctx->finished. */
bool parser_push(Parser *p, const Token *tok, bool *failed);

/* ---------------------------------------------------------- analyze.c */

/* What the scanner and the filter noted for the analysis. */
/* The managers a preprocessed text declares: every declaration macro of
 * cwith.h makes a typedef cwith_type_NAME, so the first place where that
 * identifier appears is where manager NAME is known. */
typedef struct DeclaredManagers DeclaredManagers;
DeclaredManagers *declared_managers_new(const Source *src);
void declared_managers_free(DeclaredManagers *dm);

typedef struct ScanNotes {
    const Marks *marks;
    const SkippedRegions *skipped;
    const Directives *directives;
    const DeclaredManagers *declared;   /* NULL: managers are not checked
                                           (the build step cannot see them all) */
    struct MacroIndex *macros;  /* the #defines read, to tell loop macros */
} ScanNotes;

/* Whether src[start, end) of the input uses a macro that may jump, hold a
 * label or a case label, or open a brace (text of a preprocessor branch
 * that cwith does not parse). ix may be NULL (the wrapper: no macros). */
bool macro_may_jump_in(struct MacroIndex *ix, Diag *diag, size_t start, size_t end);

/* How many return cases the defer d has (its first cases), and the index
 * of the one the return ret takes. */
int defer_return_cases(const Node *d);
int defer_return_case(const Node *d, const Node *ret);

/* Links parents, sets up the actions of every with-statement, computes the
 * exits of every jump, reports rejected jumps. Returns false on errors. */
bool analyze_function(Node *func, const ScanNotes *notes, Diag *diag, Arena *arena);

/* ----------------------------------------------------------- macros.c */

/* The #defines of the input and of its quoted headers by name, and which
 * of them hide a jump. `macros` and `directives` (the input's #include
 * lines, may be NULL) still grow while the input is read; headers are read
 * as their #include lines come, if options->read_headers. */
typedef struct MacroIndex MacroIndex;
MacroIndex *macro_index_new(const Source *src, const Macros *macros,
                            const Directives *directives, const cwith_options *options);
void macro_index_free(MacroIndex *ix);
/* Refuses uses of macros that would leave a with-statement of func (after
 * analyze_function). Returns false on errors. */
bool check_hidden_jumps(Node *func, MacroIndex *ix, Diag *diag, const BodyToken *body,
                        size_t nbody);
/* Build step: is the manager name[0, len) of a with-item at input
 * position pos surely declared nowhere before it? True only when cwith has
 * read every header included before pos (the C library's and POSIX's, and
 * cwith.h, declare none but the shipped ones) and no macro there may
 * declare managers (its text holds CWITH_MANAGER or cwith_type_), and
 * neither they nor the input declare it (cwith_type_NAME, or the first
 * argument of a CWITH_MANAGER... call). */
bool manager_undeclared(MacroIndex *ix, Diag *diag, const char *name, size_t len, size_t pos);
/* After that error: if name is a macro cwith read, a note at its #define. */
void note_manager_macro_use(MacroIndex *ix, Diag *diag, const char *name, size_t len);
/* At the end of the input: reads the headers not read yet and refuses uses
 * of a header's macro that holds a with-statement. Returns false on errors. */
bool check_header_macros(MacroIndex *ix, Diag *diag);
/* The #defines of NAME (len bytes) in the headers read so far, one per
 * call, the last one first (*at: 0 at first); NULL after the last. */
const MacroDef *header_macro_next(const MacroIndex *ix, const char *name, unsigned len,
                                  size_t *at, const Source **src);
/* Is every #define of the name read so far exactly a loop head, `for
 * (...)` or `while (...)` (`#define for_each(i, n) for (i = 0; i < n;
 * i++)`)? Then a break or continue in its block belongs to it. */
bool macro_is_loop(struct MacroIndex *ix, Diag *diag, const char *name, unsigned len);
/* Does the '(' at toks[open] begin a with header: `(name(...) [as [TYPE] name], ...)`
 * with managers other than `with` itself (`with(with(x))` is a call)? */
bool is_item_list(const Source *src, const Token *toks, size_t n, size_t open);
/* Does toks[k] of a macro's text begin a defer statement? 1: `_Defer`;
 * 2: `defer`, 3: `errdefer`, each followed by what may start a statement
 * (a name, `{`, a statement keyword, a prefix `++`, `--` or `*`) or by the
 * end of the text; 0: not one. For 2 and 3 the caller asks
 * word_used_as_name: in a file that uses the word as a name it is none. */
int defer_in_macro(const Source *src, const Token *toks, size_t n, size_t k);
/* Is toks[k] `cwith_take` followed by `(`? */
bool is_take_call(const Source *src, const Token *toks, size_t n, size_t k);

/* ---------------------------------------------------------- rettype.c */

/* The names the file declares void with `typedef void NAME;` (qualifiers
 * and attributes allowed, or a typedef of such a name), and the words the
 * other typedefs name after their first type word, read as return types
 * ask: the text before `scanned` is read. A typedef in a block is
 * forgotten at the block's '}': `depth` is the brace depth at `scanned`. */
typedef struct {
    size_t key;         /* its spelling: an index in VoidTypedefs.keys */
    int depth;          /* the brace depth it was declared at */
    bool is_void;       /* of `typedef void NAME;`, or named by another typedef */
} TypedefName;
/* A spelling, and how many of the names in scope have it (so that each
 * lookup is one hash probe, not a scan of every name). */
typedef struct {
    Token name;
    size_t in_scope[2];     /* [is_void] */
} TypedefKey;
typedef struct {
    size_t scanned;
    int depth;
    VEC(TypedefName) names;     /* in scope, in the order declared */
    VEC(TypedefKey) keys;       /* every spelling seen, none removed */
    size_t *slot;               /* open addressing: index in keys + 1; 0: empty */
    size_t mask;
} VoidTypedefs;
void void_typedefs_free(VoidTypedefs *vt);

/* The declaration of a return temporary named `name` for the function whose
 * header is src[start, end) and body src[end, body_end): e.g. "char *cwith_ret"; *is_void set for void
 * functions. NULL if the header does not say the type for certain (macros
 * cwith cannot see through, preprocessor lines, no type): then `why` says
 * why. `headers` (may be NULL): the #defines of the headers read. A return
 * type that is a name in `void_typedefs` is void. Caller frees. */
char *return_temp_decl(const Source *src, const Macros *macros, const MacroIndex *headers,
                       VoidTypedefs *void_typedefs, size_t start, size_t end, size_t body_end,
                       const char *name, bool *is_void, char *why, size_t why_size);

/* ---------------------------------------------------------- codegen.c */

typedef struct Codegen Codegen;

/* Output goes to `out` as it is made, a block at a time. */
Codegen *codegen_new(const Source *src, const LineMap *lines, const Macros *macros,
                     const MacroIndex *headers, const Directives *directives,
                     Diag *diag, const cwith_options *opt, FILE *out);
void codegen_function(Codegen *cg, Node *func);   /* called in source order */
/* Copies the rest of the input; false if writing failed. */
bool codegen_finish(Codegen *cg);
void codegen_free(Codegen *cg);

#endif
