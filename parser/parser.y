/* parser.y: parser tokens -> statement tree.
 *
 * A shallow C grammar. It knows statements (blocks, if/else, loops,
 * switch, labels, jumps, with) and treats everything else (expressions,
 * declarations, the top level between functions) as "soup": any tokens
 * with balanced parentheses, brackets and data braces. Statement
 * expressions `({ ... })` inside soup are parsed as statements again, since
 * they may hold with-statements and jumps. The filter has already decided
 * what each `{` opens and which identifiers are `with`, `as`, labels or
 * macro headers, so the grammar is LALR(1) with one classic conflict, the
 * dangling else, settled by precedence.
 *
 * It is a push parser: the driver (translate.c) hands it one token at a
 * time and, when a top-level function has been reduced, takes its tree
 * from ctx->finished to analyse and translate it, then frees its nodes.
 * The parser itself never calls a later stage. A syntax error inside a
 * function skips to its end; the driver reports it only if the function
 * holds a with-statement (cwith copies every other function unchanged,
 * so it does not need to understand it).
 */
%code requires {
#include "translator.h"

typedef struct Span {
    size_t start, end;
    NodeList kids;              /* statement expressions, nested functions */
} Span;

typedef enum PartKind { P_IDENT, P_AS, P_PAREN, P_OTHER } PartKind;

/* A with-item as written, before it is checked: its first few parts. */
typedef struct ItemParts {
    int n;
    PartKind kind[3];
    Token tok[3];
    size_t end[3];
    Token after;                /* the ',' or ')' after it */
    /* the parts after `as` (the name, or a type and the name) */
    bool after_as;
    int nnamed;
    Token last;                 /* the name */
    PartKind last_kind;
    size_t type_start;
    Token bad;                  /* the first that cannot be part of a type */
    NodeList kids;              /* statement expressions in its parentheses */
    struct ItemParts *next;
} ItemParts;

typedef struct ItemList { ItemParts *head, *tail; int n; } ItemList;
}

%code {
#include <stdlib.h>
#include <string.h>
#include "tree.h"

static void yyerror(ParseContext *ctx, const char *msg);
/* Deep enough for else-if chains of about 8,000 links; beyond, a clear
 * error (the tree walkers recurse as deep as the statements nest). */
#define YYMAXDEPTH 50000
}

%define api.pure full
%define api.push-pull push
%define api.token.prefix {T_}
%define parse.error verbose
%parse-param {ParseContext *ctx}
%expect 0

%union {
    Token tok;
    Node *node;
    NodeList list;
    Span span;
    ItemParts *parts;
    ItemList items;
}

%token <tok> IDENT "identifier" WITH "with" AS "as" LABEL "label"
%token <tok> DEFER "defer" ERRDEFER "errdefer"
%token <tok> MACRO_CALL "macro" MACRO_WORD "macro name"
%token <tok> IF "if" ELSE "else" WHILE "while" DO "do" FOR "for" SWITCH "switch"
%token <tok> CASE "case" DEFAULT "default" RETURN "return" BREAK "break"
%token <tok> CONTINUE "continue" GOTO "goto"
%token <tok> LPAREN "(" RPAREN ")" LBRACK "[" RBRACK "]" SEMI ";" COLON ":"
%token <tok> COMMA "," STAR "*"
%token <tok> BLOCK_LBRACE "{" BLOCK_RBRACE "}"
%token <tok> FUNC_LBRACE "function body" FUNC_RBRACE "end of function"
%token <tok> SE_LBRACE "({" SE_RBRACE "})"
%token <tok> DATA_LBRACE "initializer '{'" DATA_RBRACE "initializer '}'"
%token <tok> OTHER "token"

%type <node> function statement opt_trailing
%type <list> block_items
%type <span> soup_item stmt_soup case_soup inner
%type <parts> item_parts
%type <items> with_items

%precedence THEN
%precedence ELSE

%%

/* ----------------------------------------------------------- top level */

unit
    : %empty
    | unit top_item
    ;

top_item
    : function                  { ctx->finished = $1; }
    | soup_item                 { }
    | stray                     { }
    | WITH                      { if (!ctx->has_stray_with) { ctx->has_stray_with = true; ctx->stray_with = $1; } }
    ;

/* Tokens the top level takes as they come: it never fails. A with-statement
 * there (the filter took it for one in a function) is left for the driver
 * to report. */
stray
    : SEMI | COLON | RPAREN | RBRACK | BLOCK_LBRACE | BLOCK_RBRACE | FUNC_RBRACE
    | SE_RBRACE | DATA_RBRACE | SE_LBRACE | keyword | LABEL | MACRO_CALL | MACRO_WORD
    ;

keyword
    : IF | ELSE | WHILE | DO | FOR | SWITCH | CASE | DEFAULT | RETURN | BREAK
    | CONTINUE | GOTO
    ;

function
    : FUNC_LBRACE block_items opt_trailing FUNC_RBRACE
                                { $$ = new_function(ctx, &$1, $2, $3, &$4); }
    | FUNC_LBRACE error FUNC_RBRACE
                                { $$ = new_function(ctx, &$1, (NodeList){0, 0}, NULL, &$3); $$->id = -1; }
    ;

/* ---------------------------------------------------------- statements */

block_items
    : %empty                    { $$ = (NodeList){ NULL, NULL }; }
    | block_items statement     { $$ = list_append($1, $2); }
    ;

/* A macro used as a statement without ';' before the closing brace. */
opt_trailing
    : %empty                    { $$ = NULL; }
    | stmt_soup                 { $$ = new_simple(ctx, &$1); }
    ;

statement
    : BLOCK_LBRACE block_items opt_trailing BLOCK_RBRACE
                                { $$ = new_block(ctx, N_BLOCK, &$1, list_append($2, $3), &$4); }
    | IF LPAREN inner RPAREN statement %prec THEN
                                { $$ = new_control(ctx, N_IF, &$1, &$3, $5, NULL, NULL); }
    | IF LPAREN inner RPAREN statement ELSE statement
                                { $$ = new_control(ctx, N_IF, &$1, &$3, $5, &$6, $7); }
    | WITH LPAREN with_items RPAREN statement %prec THEN
                                { $$ = new_with(ctx, &$1, &$4, $3, $5, NULL, NULL); }
    | WITH LPAREN with_items RPAREN statement ELSE statement
                                { $$ = new_with(ctx, &$1, &$4, $3, $5, &$6, $7); }
    | SWITCH LPAREN inner RPAREN statement
                                { $$ = new_control(ctx, N_SWITCH, &$1, &$3, $5, NULL, NULL); }
    | WHILE LPAREN inner RPAREN statement
                                { $$ = new_control(ctx, N_WHILE, &$1, &$3, $5, NULL, NULL); }
    | DO statement WHILE LPAREN inner RPAREN SEMI
                                { $$ = new_do(ctx, &$1, $2, &$5, &$7); }
    | FOR LPAREN inner RPAREN statement
                                { $$ = new_control(ctx, N_FOR, &$1, &$3, $5, NULL, NULL); }
    | MACRO_CALL LPAREN inner RPAREN statement
                                { $$ = new_control(ctx, N_MACRO, &$1, &$3, $5, NULL, NULL); }
    | MACRO_WORD statement      { $$ = new_wrapper(ctx, &$1, $2); }
    | DEFER statement           { $$ = new_defer(ctx, &$1, $2, false); }
    | ERRDEFER statement        { $$ = new_defer(ctx, &$1, $2, true); }
    | GOTO IDENT SEMI           { $$ = new_jump(ctx, N_GOTO, &$1, &$2, NULL, &$3); }
    | GOTO STAR stmt_soup SEMI  { $$ = new_jump(ctx, N_SIMPLE, &$1, NULL, &$3, &$4); }
    | CONTINUE SEMI             { $$ = new_jump(ctx, N_CONTINUE, &$1, NULL, NULL, &$2); }
    | BREAK SEMI                { $$ = new_jump(ctx, N_BREAK, &$1, NULL, NULL, &$2); }
    | RETURN SEMI               { $$ = new_jump(ctx, N_RETURN, &$1, NULL, NULL, &$2); }
    | RETURN stmt_soup SEMI     { $$ = new_jump(ctx, N_RETURN, &$1, NULL, &$2, &$3); }
    | LABEL COLON statement     { $$ = new_labeled(ctx, N_LABEL, &$1, NULL, $3); }
    | CASE case_soup COLON statement
                                { $$ = new_labeled(ctx, N_CASE, &$1, &$2, $4); }
    | DEFAULT COLON statement   { $$ = new_labeled(ctx, N_DEFAULT, &$1, NULL, $3); }
    | stmt_soup SEMI            { $$ = new_simple_end(ctx, &$1, &$2); }
    | SEMI                      { $$ = new_empty(ctx, &$1); }
    | stmt_soup FUNC_LBRACE block_items opt_trailing FUNC_RBRACE
                                { $$ = new_nested_function(&$1, new_function(ctx, &$2, $3, $4, &$5)); }
    | stmt_soup FUNC_LBRACE error FUNC_RBRACE
                                { $$ = new_nested_function(&$1, new_function(ctx, &$2, (NodeList){0, 0}, NULL, &$4)); }
    ;

/* -------------------------------------------------------- with-items */

with_items
    : item_parts                { $$ = items_first($1); }
    | with_items COMMA item_parts
                                { $$ = items_append($1, &$2, $3); }
    ;

item_parts
    : %empty                    { $$ = parts_new(ctx); }
    | item_parts IDENT          { $$ = parts_add($1, P_IDENT, &$2, $2.pos + $2.len); }
    | item_parts AS             { $$ = parts_add($1, P_AS, &$2, $2.pos + $2.len); }
    | item_parts OTHER          { $$ = parts_add($1, P_OTHER, &$2, $2.pos + $2.len); }
    | item_parts STAR           { $$ = parts_add($1, P_OTHER, &$2, $2.pos + $2.len); }
    | item_parts COLON          { $$ = parts_add($1, P_OTHER, &$2, $2.pos + $2.len); }
    | item_parts LPAREN inner RPAREN
                                { $$ = parts_add_group($1, &$2, $3.kids, $4.pos + $4.len); }
    | item_parts LPAREN SE_LBRACE block_items opt_trailing SE_RBRACE RPAREN
                                { $$ = parts_add($1, P_OTHER, &$2, $7.pos + $7.len); }
    | item_parts LBRACK inner RBRACK
                                { $$ = parts_add($1, P_OTHER, &$2, $4.pos + $4.len); }
    | item_parts DATA_LBRACE inner DATA_RBRACE
                                { $$ = parts_add($1, P_OTHER, &$2, $4.pos + $4.len); }
    ;

/* --------------------------------------------------------------- soup */

/* Tokens of an expression or declaration, up to ';' (':' allowed). The
 * items are spelled out in each list rule (no unit rule for "an item"):
 * one reduction less per token. */
stmt_soup
    : soup_item                 { $$ = $1; }
    | COLON                     { $$ = span_tok(&$1); }
    | stmt_soup soup_item       { $$ = span_join($1, $2); }
    | stmt_soup COLON           { $$ = span_join($1, span_tok(&$2)); }
    ;

/* A case label's expression: no ':' at its top level. */
case_soup
    : soup_item                 { $$ = $1; }
    | case_soup soup_item       { $$ = span_join($1, $2); }
    ;

soup_item
    : IDENT                     { $$ = span_tok(&$1); }
    | AS                        { $$ = span_tok(&$1); }
    | OTHER                     { $$ = span_tok(&$1); }
    | STAR                      { $$ = span_tok(&$1); }
    | COMMA                     { $$ = span_tok(&$1); }
    | LPAREN inner RPAREN       { $$ = span_group(&$1, $2.kids, &$3); }
    | LBRACK inner RBRACK       { $$ = span_group(&$1, $2.kids, &$3); }
    | DATA_LBRACE inner DATA_RBRACE
                                { $$ = span_group(&$1, $2.kids, &$3); }
    | LPAREN SE_LBRACE block_items opt_trailing SE_RBRACE RPAREN
                                { $$ = span_stmt_expr(ctx, &$1, &$2, list_append($3, $4), &$5, &$6); }
    ;

/* Inside parentheses, brackets and data braces anything goes. */
inner
    : %empty                    { $$ = span_empty(); }
    | inner soup_item           { $$ = span_join($1, $2); }
    | inner SEMI                { $$ = span_join($1, span_tok(&$2)); }
    | inner COLON               { $$ = span_join($1, span_tok(&$2)); }
    | inner keyword             { $$ = $1; }
    | inner LABEL               { $$ = span_join($1, span_tok(&$2)); }
    | inner MACRO_CALL          { $$ = span_join($1, span_tok(&$2)); }
    | inner MACRO_WORD          { $$ = span_join($1, span_tok(&$2)); }
    ;

%%

static void yyerror(ParseContext *ctx, const char *msg)
{
    if (!strcmp(msg, "memory exhausted"))
        msg = "statements or parentheses nested too deeply for cwith (its limit is 50000 "
              "open parser states, e.g. an else-if chain of about 8000 links)";
    parse_error(ctx, msg);
}

struct Parser {
    yypstate *state;
    ParseContext *ctx;
};

Parser *parser_new(ParseContext *ctx)
{
    Parser *p = xmalloc(sizeof *p);
    p->state = yypstate_new();
    if (!p->state) fatal("out of memory");
    p->ctx = ctx;
    return p;
}

void parser_free(Parser *p)
{
    if (!p) return;
    yypstate_delete(p->state);
    free(p);
}

bool parser_push(Parser *p, const Token *tok, bool *failed)
{
    YYSTYPE value;
    value.tok = *tok;
    p->ctx->last_tok = *tok;
    int status = yypush_parse(p->state, tok->kind, &value, p->ctx);
    *failed = status != 0 && status != YYPUSH_MORE;
    return status == YYPUSH_MORE;
}
