/* tree.h: builders the grammar's actions call (parser/tree.c). */
#ifndef CWITH_TREE_H
#define CWITH_TREE_H

#include "translator.h"
#include "parser.h"

NodeList list_append(NodeList list, Node *node);

Span span_empty(void);
Span span_tok(const Token *tok);
Span span_join(Span a, Span b);
Span span_group(const Token *open, NodeList kids, const Token *close);
Span span_stmt_expr(ParseContext *ctx, const Token *lparen, const Token *lbrace, NodeList items,
                    const Token *rbrace, const Token *rparen);

Node *new_function(ParseContext *ctx, const Token *lbrace, NodeList items,
                   Node *trailing, const Token *rbrace);
Node *new_nested_function(const Span *header, Node *func);
Node *new_block(ParseContext *ctx, NodeKind kind, const Token *lbrace, NodeList items, const Token *rbrace);
Node *new_control(ParseContext *ctx, NodeKind kind, const Token *kw, const Span *cond, Node *body,
                  const Token *else_tok, Node *else_body);
Node *new_with(ParseContext *ctx, const Token *kw, const Token *rparen, ItemList items,
               Node *body, const Token *else_tok, Node *else_body);
Node *new_do(ParseContext *ctx, const Token *kw, Node *body, const Span *cond, const Token *semi);
Node *new_defer(ParseContext *ctx, const Token *kw, Node *body, bool on_error_only);
Node *new_wrapper(ParseContext *ctx, const Token *macro, Node *body);
Node *new_jump(ParseContext *ctx, NodeKind kind, const Token *kw, const Token *name, const Span *expr,
               const Token *semi);
Node *new_labeled(ParseContext *ctx, NodeKind kind, const Token *tok, const Span *expr, Node *body);
Node *new_simple(ParseContext *ctx, const Span *soup);
Node *new_simple_end(ParseContext *ctx, const Span *soup, const Token *semi);
Node *new_empty(ParseContext *ctx, const Token *semi);

ItemParts *parts_new(ParseContext *ctx);
ItemParts *parts_add(ItemParts *p, PartKind kind, const Token *tok, size_t end);
ItemParts *parts_add_group(ItemParts *p, const Token *lparen, NodeList kids, size_t end);
ItemList items_first(ItemParts *p);
ItemList items_append(ItemList list, const Token *comma, ItemParts *p);

void parse_error(ParseContext *ctx, const char *msg);

#endif
