/* translator.h: what each part of the cwith translator exports.
 *
 * Data flow (one file per stage):
 *   main.c              read the input, run the stages, write the output atomically
 *   lexer/lexer.l       bytes -> raw tokens; comments, whitespace and preprocessor
 *                       lines are skipped (they are copied later as bytes)
 *   lexer/filter.c      raw tokens -> parser tokens: decides from context which
 *                       `with`/`as` are keywords, what each `{` opens, labels
 *   parser/parser.y     parser tokens -> statement tree, one function at a time
 *   codegen/analyze.c   which with-statements each jump leaves; rejected jumps
 *   codegen/rettype.c   a function's return type, for `return` temporaries
 *   codegen/codegen.c   tree -> C text: copies the input and rewrites only
 *                       with-statements and the jumps that leave them
 *   diag.c              file:line:col diagnostics with the source line
 */
#ifndef CWITH_TRANSLATOR_H
#define CWITH_TRANSLATOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define CWITH_VERSION "0.1.0"

/* ------------------------------------------------------------- source */

typedef struct Source {
    const char *name;   /* as given on the command line, or "<stdin>" */
    char *text;         /* the bytes, followed by two NULs (flex needs them) */
    size_t size;
} Source;

/* ------------------------------------------------------------- diag.c */

typedef struct Token {
    int kind;           /* parser token kind (after the filter) */
    int raw;            /* lexer kind, RawKind */
    size_t pos;         /* byte offset in the source */
    unsigned len;
    int line, col;      /* 1-based; col counts bytes */
    size_t aux;         /* FUNC_LBRACE: offset where the declaration starts */
} Token;

void diag_init(const Source *src);
void error_at(const Token *tok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void warning_at(const Token *tok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void note_at(const Token *tok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
int error_count(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);

/* ------------------------------------------------------------ lexer.l */

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
    R_LPAREN, R_RPAREN, R_LBRACK, R_RBRACK, R_LBRACE, R_RBRACE,
    R_SEMI, R_COLON, R_COMMA, R_STAR, R_ASSIGN, R_QUESTION, R_ANDAND,
    R_STRING, R_CHAR, R_NUMBER,
    R_AMP_OR_SIGN,  /* & + - ++ -- : may start an expression or continue one */
    R_BINARY,       /* operators that can only continue an expression */
    R_OTHER
} RawKind;

typedef struct Lexer Lexer;

/* A region of a preprocessor branch the parser did not see (#else of an
 * #if whose branches do not balance braces). */
typedef struct SkippedRegion {
    size_t start, end;
    int line;
    bool has_jump;      /* return break continue goto case default */
    bool has_with;      /* `with (` */
} SkippedRegion;

Lexer *lexer_new(Source *src);
void lexer_free(Lexer *lx);
int lexer_next(Lexer *lx, Token *tok);          /* returns tok->raw */
/* Preprocessor conditionals whose branches the lexer could not line up. */
const SkippedRegion *lexer_skipped(Lexer *lx, size_t *count);
bool lexer_pp_mismatch(Lexer *lx, Token *where);
/* At the '{' of a function body (nothing queued after it): if the body
 * holds no `with` and nothing the fast path cannot follow, continue at its
 * matching '}'. Returns whether it did. */
bool lexer_skip_block(Lexer *lx, size_t open);
/* Re-lex a byte range on its own (used for function headers). */
size_t lex_range(const Source *src, size_t start, size_t end, Token **out);

/* ----------------------------------------------------------- filter.c */

typedef struct Filter Filter;

Filter *filter_new(Lexer *lx, const Source *src);
void filter_free(Filter *f);
int filter_next(Filter *f, Token *tok);         /* returns tok->kind */
/* `with (` seen between two offsets: anything that might be a with-statement. */
int filter_with_candidates(Filter *f);
Lexer *filter_lexer(Filter *f);

/* Positions the analysis checks against with-statement bodies. */
typedef enum MarkKind { MARK_COMPUTED_GOTO, MARK_ASM_GOTO, MARK_LABEL_ADDRESS } MarkKind;
typedef struct Mark {
    MarkKind kind;
    Token tok;
} Mark;
const Mark *filter_marks(Filter *f, size_t *count);

/* ----------------------------------------------------------- parser.y */

typedef enum NodeKind {
    N_FUNC,         /* a function definition (top level or GNU nested) */
    N_BLOCK,        /* { ... } */
    N_STMT_EXPR,    /* GNU ({ ... }) */
    N_IF, N_WITH, N_SWITCH, N_WHILE, N_DO, N_FOR,
    N_MACRO,        /* FOO(args) statement: an unknown macro, probably a loop */
    N_GOTO, N_BREAK, N_CONTINUE, N_RETURN,
    N_LABEL, N_CASE, N_DEFAULT,
    N_SIMPLE        /* expression, declaration or anything else up to ';' */
} NodeKind;

typedef struct WithItem {
    Token manager;      /* the identifier of the enter call */
    size_t call_start, call_end;
    Token name;         /* `as` name; name.len == 0 when absent */
    int id;             /* unique in the file: names the hidden variable */
} WithItem;

typedef struct Node Node;
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
    Node **exits;       /* jumps: with-statements left, innermost first */
    int nexits;
    bool broken;        /* N_FUNC: a syntax error was skipped inside */
};

typedef struct NodeList { Node *head, *tail; } NodeList;

typedef struct ParseContext {
    Filter *filter;
    const Source *src;
    struct Codegen *cg;
    int with_count;         /* with-statements so far (their ids) */
    int item_count;         /* with-items so far (hidden variable names) */
    int withs_done;         /* with_count when the last function ended */
    int candidates_done;    /* filter_with_candidates() then */
    Token last_tok;         /* the parser's lookahead, for syntax errors */
    bool has_pending;       /* a syntax error not reported yet */
    Token pending_tok;
    char pending_msg[256];
} ParseContext;

int parse_translation_unit(ParseContext *ctx);
/* Arena for tree nodes: freed after each top-level function. */
void *tree_alloc(size_t n);
void tree_reset(void);
void tree_free(void);

/* ---------------------------------------------------------- analyze.c */

/* Links parents, computes the exits of every jump, reports rejected jumps.
 * Returns false if errors were reported. */
bool analyze_function(Node *func, Filter *filter, const Source *src);

/* ---------------------------------------------------------- rettype.c */

/* The declaration of a return temporary named `name` for the function whose
 * header is src[start, end): e.g. "char *cwith_ret". NULL if it cannot be
 * determined; *is_void set for void functions. Caller frees. */
char *return_temp_decl(const Source *src, size_t start, size_t end,
                       const char *name, bool *is_void);

/* ---------------------------------------------------------- codegen.c */

typedef struct Codegen Codegen;

typedef struct Options {
    bool line_directives;
} Options;

/* Output goes to `sink` as it is made (a temporary file), or, if sink is
 * null, into memory. */
Codegen *codegen_new(const Source *src, const Options *opt, FILE *sink);
void codegen_function(Codegen *cg, Node *func);   /* called in source order */
/* Finishes the output; returns the bytes in memory (owned by cg), "" when
 * they went to the sink, NULL if writing to the sink failed. */
const char *codegen_finish(Codegen *cg, size_t *size);
void codegen_free(Codegen *cg);

#endif
