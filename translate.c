/* translate.c: the driver. It owns one translation's state and runs the
 * stages in order:
 *
 *   bytes --lexer/filter--> tokens --parser--> one function's tree
 *         --analyze--> exit actions of each jump --codegen--> C text
 *
 * Tokens are pushed into the parser one at a time; when the parser has
 * reduced a top-level function, the driver checks it, analyses it, has it
 * written out, and frees its tree before the next token. Functions without
 * a with-statement are never analysed: codegen copies them as bytes.
 */
#include <string.h>
#include "translator.h"

typedef struct Translation {
    Source src;
    LineStarts line_starts;
    LineMap lines;
    Macros macros;
    Diag diag;
    Arena arena;
    Lexer *lexer;
    Filter *filter;
    ParseContext parse;
    Parser *parser;
    Codegen *codegen;
    MacroIndex *macro_index;
    bool check_managers;    /* whole_text (the wrapper): DeclaredManagers */
    DeclaredManagers *declared;     /* made at the first with-statement */
    int candidates_done;    /* `with (` seen when the last function ended */
    int withs_done;         /* with-statements parsed then */
    int takes_done;         /* cwith_take( seen then */
    bool has_dropped;       /* the last function's syntax error, not reported: */
    Token dropped_tok;      /* a with-statement at the top level after it shows */
    char dropped_msg[256];  /* that cwith lost its place in that function */
} Translation;

cwith_options cwith_default_options(void)
{
    cwith_options o = { true, true, NULL, false, 20, false, true, NULL, false, NULL, NULL, 1, true, NULL,
                        NULL };
    return o;
}

/* The deepest statement nesting translated: the tree walks of analyze.c
 * and codegen.c recurse once per level (a few hundred bytes of stack
 * each). An else-if chain of 10000 links or 10000 nested blocks fit;
 * deeper is refused, never a stack overflow. */
enum { MAX_NESTING = 10000 };

/* The first statement nested deeper than MAX_NESTING in func, or NULL
 * (without recursion, of course). */
static const Node *too_deep(const Node *func)
{
    typedef struct { const Node *n; int depth; } Item;
    VEC(Item) todo = { 0 };
    const Node *deep = NULL;
    vec_push(&todo, ((Item){ func, 0 }));
    while (todo.n && !deep) {
        Item it = todo.v[--todo.n];
        if (it.depth > MAX_NESTING) deep = it.n;
        for (const Node *k = it.n->kids; k; k = k->next) vec_push(&todo, ((Item){ k, it.depth + 1 }));
        if (it.n->body) vec_push(&todo, ((Item){ it.n->body, it.depth + 1 }));
        if (it.n->else_body) vec_push(&todo, ((Item){ it.n->else_body, it.depth + 1 }));
    }
    vec_free(&todo);
    return deep;
}

/* A top-level function has been parsed: translate it if it holds a
 * with-statement, then drop its tree. */
static void finish_function(Translation *t, Node *func)
{
    int candidates = filter_body_candidates(t->filter);
    bool may_have_with = candidates > t->candidates_done;
    bool has_with = t->parse.with_count > t->withs_done;
    bool has_take = filter_takes(t->filter) > t->takes_done;   /* refused without a with */
    ParseContext *pc = &t->parse;
    if (pc->has_pending) {
        if (may_have_with) {
            error_at(&t->diag, &pc->pending_tok, "%s", pc->pending_msg);
            note_at(&t->diag, &func->tok, "in this function, which holds a with-statement; "
                    "cwith must understand its statements to translate it");
        }
        func->broken = true;
        t->has_dropped = !may_have_with;
        t->dropped_tok = pc->pending_tok;
        memcpy(t->dropped_msg, pc->pending_msg, sizeof t->dropped_msg);
        pc->has_pending = false;
    } else {
        t->has_dropped = false;
    }
    const Node *deep = (has_with || has_take) && !func->broken ? too_deep(func) : NULL;
    if (deep) {
        error_at(&t->diag, &deep->tok, "statements nested more than %d deep: cwith's limit",
                 MAX_NESTING);
        func->broken = true;
    }
    if ((has_with || has_take) && !func->broken) {
        if (t->check_managers && !t->declared) t->declared = declared_managers_new(&t->src);
        ScanNotes notes = { filter_marks(t->filter), lexer_skipped(t->lexer),
                            lexer_directives(t->lexer), t->declared, t->macro_index };
        size_t nbody;
        const BodyToken *body = filter_body_tokens(t->filter, &nbody);
        if (analyze_function(func, &notes, &t->diag, &t->arena) &&
            check_hidden_jumps(func, t->macro_index, &t->diag, body, nbody))
            codegen_function(t->codegen, func);
    }
    t->candidates_done = candidates;
    t->withs_done = t->parse.with_count;
    t->takes_done = filter_takes(t->filter);
    arena_reset(&t->arena);
}

/* A with-statement at the top level: the filter took it for one inside a
 * function (the parser, resynchronising after a syntax error, ended the
 * function early), or it is in a block at file scope. Either way it would
 * be copied untranslated. */
static void report_stray_with(Translation *t)
{
    ParseContext *pc = &t->parse;
    pc->has_stray_with = false;
    if (t->has_dropped) {
        t->has_dropped = false;
        error_at(&t->diag, &t->dropped_tok, "%s", t->dropped_msg);
        note_at(&t->diag, &pc->stray_with, "cwith lost its place in the function after this "
                "error, and this with-statement follows; cwith must understand the "
                "function's statements to translate it");
    } else {
        error_at(&t->diag, &pc->stray_with, "with-statement outside a function");
    }
}

static const char *splice_after(const char *p, const char *end, bool *blank);

/* The second of two characters that C reads as one comment delimiter or
 * digraph (/ * and * /, //, <% %> <: :> %:) or a label's && when the line splices that
 * begin at p (not the text's first byte) part them, or 0. A splice with
 * blanks before its line end counts (gcc reads one: `/\` blank newline
 * `/ *` is a // comment for it, a block comment for cwith's scanner). */
static char spliced_pair(const char *p, const char *end)
{
    char first = p[-1];
    const char *after;
    bool blank;
    while (p < end && *p == '\\' && (after = splice_after(p, end, &blank)) != NULL) p = after;
    if (p == end || !strchr("/*<%:&", first) || !first) return 0;
    static const char pairs[][3] = { "/*", "*/", "//", "<%", "%>", "<:", ":>", "%:", "&&" };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        if (pairs[i][0] == first && pairs[i][1] == *p) return *p;
    return 0;
}

/* The blanks between a backslash at p and a line end, if there are any:
 * gcc and clang read the three as a line splice (with a warning), cwith's
 * scanner does not; or NULL. */
static const char *blank_splice(const char *p, const char *end)
{
    const char *q = p + 1;
    bool blank = false;
    for (; q < end && (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\v' || *q == '\r' || !*q); q++)
        blank |= *q != '\r';
    return blank && q < end && *q == '\n' ? q : NULL;
}

/* After the backslash at p, a line splice as gcc reads it: blanks (null
 * characters too), then a line end (LF, CRLF, or a lone CR, which gcc
 * takes for one): the byte after it, or NULL. *blank: there were blanks. */
static const char *splice_after(const char *p, const char *end, bool *blank)
{
    const char *q = p + 1;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\v' || !*q)) q++;
    if (q == end || (*q != '\n' && *q != '\r')) return NULL;
    *blank = q > p + 1;
    return *q == '\r' && q + 1 < end && q[1] == '\n' ? q + 2 : q + 1;
}

/* The first splice with blanks before its line end (see blank_splice) that
 * ends a line inside a // comment or a literal, or NULL. There gcc goes on
 * with the comment or the literal over the next line, cwith's scanner does
 * not: it reads that line as code, and a `/ *` or a quote in it can hide
 * the rest of the file from it (a with-statement it would not see). */
static const char *blank_splice_in_comment(const char *s, const char *end)
{
    enum { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR } state = CODE;
    for (const char *p = s; p < end; p++) {
        char c = *p;
        if (c == '\\') {
            bool blank;
            const char *after = splice_after(p, end, &blank);
            if (after) {
                if (blank && (state == LINE_COMMENT || state == STRING || state == CHAR))
                    return p;
                p = after - 1;
                continue;
            }
            if (state == STRING || state == CHAR) p++;     /* an escape */
            continue;
        }
        switch (state) {
        case CODE:
            if (c == '/' && p + 1 < end && p[1] == '/') state = LINE_COMMENT, p++;
            else if (c == '/' && p + 1 < end && p[1] == '*') state = BLOCK_COMMENT, p++;
            else if (c == '"') state = STRING;
            else if (c == '\'') state = CHAR;
            break;
        case LINE_COMMENT:
            if (c == '\n') state = CODE;
            break;
        case BLOCK_COMMENT:
            if (c == '*' && p + 1 < end && p[1] == '/') state = CODE, p++;
            break;
        case STRING: case CHAR:
            if (c == '\n' || c == (state == STRING ? '"' : '\'')) state = CODE;
            break;
        }
    }
    return NULL;
}

/* Whether the word w is spelled at p, maybe split by line splices as gcc
 * reads them (the lexer reads `wi\` newline `th`; with blanks between the
 * backslash and the line end, *blanks, if not NULL, is set), or by the
 * trigraph for a backslash before the line end (a splice when the compiler
 * reads trigraphs). */
static bool word_at(const char *p, const char *end, const char *w, bool *blanks)
{
    bool blank = false;
    for (; *w; w++, p++) {
        for (;;) {
            const char *b = p, *after;      /* the backslash, or the trigraph's '/' */
            bool spaced = false;
            if (end - p >= 3 && p[0] == '?' && p[1] == '?' && p[2] == '/') b = p + 2;
            else if (p >= end || *p != '\\') break;
            if ((after = splice_after(b, end, &spaced)) == NULL) break;
            blank |= spaced;
            p = after;
        }
        if (p == end || *p != *w) return false;
    }
    if (blanks) *blanks |= blank;
    return true;
}

/* Can word_at find w from a byte c: w's first, or a splice's start? */
static bool may_start(char c, const char *w)
{
    return c == w[0] || c == '\\' || c == '?';
}

/* Whether the text holds a word cwith rewrites (with; defer, also in
 * errdefer and _Defer): a spelling cwith cannot read is refused only then.
 * *blank_split, if not NULL, tells whether such a word is split by a
 * splice with blanks before its line end (the whole text is read then). */
static bool may_hold_with(const Source *src, bool *blank_split)
{
    const char *s = src->text, *end = s + src->size;
    bool found = false;
    for (const char *p = s; p < end && !(found && (!blank_split || *blank_split)); p++) {
        char c = *p;    /* (a word, or a splice before it) */
        if (c != 'w' && c != 'd' && c != 'D' && c != '\\' && c != '?') continue;
        found |= word_at(p, end, "with", blank_split) || word_at(p, end, "defer", blank_split) ||
                 word_at(p, end, "Defer", blank_split);
    }
    return found;
}

/* Spellings that would make cwith misread the lines or the blocks of a
 * file that may hold a with-statement: a lone carriage return (it ends a
 * line for the compiler, not for cwith's scanner), and the trigraphs that
 * are '#', '\\', braces or brackets when the compiler reads trigraphs
 * (-std=c99, -trigraphs; cwith reads them as GNU modes and C23 do, as
 * question marks), and a line splice inside a comment delimiter, a
 * digraph or `&&` (a label's address); and a null character (gcc and clang read it as a blank, cwith's
 * scanner as a stray byte: `with` NUL `(...)` is no with-statement for it).
 * Returns false if it refused the file. */
static bool check_spellings(Translation *t)
{
    const char *s = t->src.text, *end = s + t->src.size;
    const char *cr = find_lone_cr(s, t->src.size), *tri = find_trigraph(s, t->src.size);
    const char *pair = NULL, *nul = memchr(s, 0, t->src.size);
    for (const char *p = s + 1; !pair && p < end && (p = memchr(p, '\\', (size_t)(end - p))); p++)
        if (spliced_pair(p, end)) pair = p - 1;
    if ((!cr && !tri && !pair && !nul) || !may_hold_with(&t->src, NULL)) return true;
    if (cr) {
        Token at = token_at(&t->src, (size_t)(cr - s), 1);
        error_at(&t->diag, &at, "a carriage return without a line feed: cwith reads only "
                 "LF and CRLF line ends; convert the file (e.g. tr '\\r' '\\n')");
    }
    if (tri) {
        static const char third[] = "=/()<>", meant[] = "#\\[]{}";
        char c = meant[strchr(third, tri[2]) - third];
        Token at = token_at(&t->src, (size_t)(tri - s), 3);
        error_at(&t->diag, &at, "the trigraph '%.3s': with trigraphs on (-std=c99, "
                 "-trigraphs) it is '%c', which cwith does not read as such; write '%c' (or, "
                 "in a string, '?\\?%c')", tri, c, c, tri[2]);
    }
    if (pair) {
        Token at = token_at(&t->src, (size_t)(pair - s), 1);
        char second = spliced_pair(pair + 1, end);
        const char *what = pair[0] == '&' ? "a label's address, or a logical and"
                         : pair[0] == '/' || second == '/' ? "a comment's start or end"
                         : "a digraph";
        error_at(&t->diag, &at, "a line splice (backslash-newline) inside '%c%c': C reads the "
                 "two as one (%s), cwith does not; join the line", pair[0], second, what);
    }
    if (nul) {
        Token at = token_at(&t->src, (size_t)(nul - s), 1);
        error_at(&t->diag, &at, "a null character: gcc and clang ignore it (read it as a "
                 "blank), cwith does not; remove it");
    }
    return false;
}

static bool tok_is(const Source *src, const Token *t, const char *w)
{
    return t->raw == R_IDENT && text_is_word(src->text + t->pos, t->len, w);
}

/* Whether t is a parameter of the function-like macro m (or __VA_ARGS__). */
static bool is_parameter(const Source *src, const MacroDef *m, const Token *t)
{
    if (!m->function_like || t->raw != R_IDENT) return false;
    if (tok_is(src, t, "__VA_ARGS__")) return true;
    Token *ps;
    size_t np = lex_range(src, m->name_pos + m->name_len, m->body_start, &ps);
    bool found = false;
    for (size_t i = 0; i < np && !found; i++)
        found = ps[i].raw == R_IDENT && ps[i].len == t->len &&
                !memcmp(src->text + ps[i].pos, src->text + t->pos, t->len);
    free(ps);
    return found;
}

/* if while do for switch return break continue goto */
static bool is_jump_or_control(int raw)
{
    return raw >= R_IF && raw <= R_GOTO && raw != R_ELSE && raw != R_CASE && raw != R_DEFAULT;
}

/* Whether `with` at toks[k] and its item list (is_item_list) make a
 * with-statement wherever they stand: an `as` in the list, or after it
 * what cannot follow a call in an expression (a block, a name, a literal,
 * a statement keyword). */
static bool surely_with(const Source *src, const Token *toks, size_t n, size_t k)
{
    size_t i = k + 1;
    int depth = 0;
    for (; i < n; i++) {
        if (toks[i].raw == R_LPAREN) depth++;
        else if (toks[i].raw == R_RPAREN && --depth == 0) break;
        else if (depth == 1 && tok_is(src, &toks[i], "as")) return true;
    }
    int after = i + 1 < n ? toks[i + 1].raw : R_SEMI;
    return after == R_LBRACE || after == R_IDENT || after == R_STRING || after == R_CHAR ||
           after == R_NUMBER || is_jump_or_control(after);
}

/* What a use of the macro may begin at toks[k] that cwith would not see:
 * a with-statement (`with (f(x))`, `with (PARAM)`, or a text that ends in
 * `with`, the items following the use) or a defer. NULL if nothing. */
static const char *hidden_statement(Translation *t, const MacroDef *m, const Token *toks,
                                    size_t n, size_t k)
{
    const Source *src = &t->src;
    const Token *next = k + 1 < n ? &toks[k + 1] : NULL;
    /* a statement begins here, not an expression's call (`with(with(x))`);
     * elsewhere (after a parameter, `M(x) x with (...) {}`) only what no
     * expression can hold counts */
    int before = k > 0 ? toks[k - 1].raw : R_SEMI;
    bool starts = before == R_SEMI || before == R_LBRACE || before == R_RBRACE ||
                  before == R_RPAREN || before == R_RBRACK || before == R_COLON ||
                  before == R_ELSE || before == R_DO;
    if (tok_is(src, &toks[k], "with")) {
        if (!next) return starts ? "with-statement" : NULL;
        if (is_item_list(src, toks, n, k + 1) && (starts || surely_with(src, toks, n, k)))
            return "with-statement";
        if (starts && next->raw == R_LPAREN && k + 3 < n && is_parameter(src, m, &toks[k + 2]) &&
            (toks[k + 3].raw == R_RPAREN || toks[k + 3].raw == R_COMMA ||
             tok_is(src, &toks[k + 3], "as")))
            return "with-statement";
        return NULL;
    }
    int defer = defer_in_macro(src, toks, n, k);   /* as for a header's macros */
    if (defer == 0 || (defer > 1 && word_used_as_name(src, defer == 2 ? "defer" : "errdefer")))
        return NULL;
    if (!starts) {      /* (as check_misplaced_defer in filter.c) */
        int after = next ? next->raw : R_SEMI;
        if (before == R_GOTO || before == R_TAG) return NULL;
        if (defer == 1 && (after == R_SEMI || after == R_COLON || after == R_RPAREN ||
                           after == R_COMMA))
            return NULL;
        if (defer > 1 && after != R_LBRACE && after != R_IDENT && !is_jump_or_control(after))
            return NULL;
    }
    return defer == 3 ? "errdefer statement" : "defer statement";
}

/* A with-statement, defer or `cwith_take(` in a #define: build-step mode
 * does not expand macros, so it would be copied untranslated. Also a
 * macro whose items are its arguments (`with (x)`) or that ends in `with`
 * (the use supplies the items): refused as well, cwith cannot see them. */
static void check_macros(Translation *t)
{
    static const char words[][9] = { "with", "defer", "_Defer", "errdefer" };
    for (size_t i = 0; i < t->macros.n; i++) {
        const MacroDef *m = &t->macros.v[i];
        const char *body = t->src.text + m->body_start;
        size_t size = m->body_end - m->body_start;
        bool maybe = false;
        /* `#define defer _Defer`: a spelling of the keyword cwith reads itself */
        bool spelling = false;
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            spelling |= m->name_len == strlen(words[w]) &&
                        !memcmp(t->src.text + m->name_pos, words[w], m->name_len);
        /* (a splice may split a word: `wi\` newline `th`) */
        for (size_t w = 0; w < sizeof words / sizeof *words && !maybe && !spelling; w++)
            for (size_t k = 0; k < size && !maybe; k++)
                maybe = may_start(body[k], words[w]) &&
                        word_at(body + k, body + size, words[w], NULL);
        for (size_t k = 0; k < size && !maybe; k++)
            maybe = may_start(body[k], "cwith_take") &&
                    word_at(body + k, body + size, "cwith_take", NULL);
        if (!maybe) continue;
        Token *toks;
        size_t n = lex_range(&t->src, m->body_start, m->body_end, &toks);
        for (size_t k = 0; k < n; k++) {
            const char *what = hidden_statement(t, m, toks, n, k);
            if (!what && is_take_call(&t->src, toks, n, k)) what = "cwith_take";
            if (what) {
                Token at = token_at(&t->src, toks[k].pos, toks[k].len);
                error_at(&t->diag, &at, "%s inside the macro '%.*s': cwith does not "
                         "expand macros, so it would stay untranslated; write it out where the "
                         "macro is used", what, (int)m->name_len, t->src.text + m->name_pos);
                break;
            }
        }
        free(toks);
    }
}

/* Errors only the end of the input shows. */
static void finish_input(Translation *t, bool parse_failed)
{
    check_macros(t);
    check_header_macros(t->macro_index, &t->diag);
    bool may_have_with = filter_with_candidates(t->filter) > 0;
    if (parse_failed && may_have_with) {
        /* an unclosed function, or a top-level syntax error after which
         * cwith cannot find the functions */
        ParseContext *pc = &t->parse;
        const Token *at = pc->has_pending ? &pc->pending_tok : &pc->last_tok;
        /* bison says nothing for 3 tokens after recovering from an error */
        const char *msg = pc->has_pending ? pc->pending_msg
                          : at->kind == 0 ? "syntax error, unexpected end of file"
                          : "syntax error";
        error_at(&t->diag, at, "%s", msg);
        if (at->kind != 0)
            note_at(&t->diag, at, "cwith cannot tell the statements apart after this point, "
                    "and the file holds a with-statement");
        Token group;
        if (lexer_open_group(t->lexer, &group))
            note_at(&t->diag, &group, "this #if group has no #else and leaves a brace or "
                    "parenthesis open; cwith does not evaluate #if and reads every group, so "
                    "braces opened in groups that exclude each other (#ifdef A / #ifndef A) "
                    "do not balance for it: repeat the whole statement in an #if/#else");
    }
    /* (only in a file that holds a with-statement, or a with or defer
     * such a splice spells, `wi\` blank newline `th`: rare, and gcc warns) */
    const char *s = t->src.text, *end = s + t->src.size, *blank = NULL;
    for (const char *p = s; !blank && (p = memchr(p, '\\', (size_t)(end - p))); p++)
        if (blank_splice(p, end)) blank = p;
    bool split_word = false;
    if (blank && !may_have_with) may_hold_with(&t->src, &split_word);
    /* one that ends a line in a comment or a literal can hide a
     * with-statement from the scanner: refused where the word is at all */
    if (blank && !may_have_with && !split_word && may_hold_with(&t->src, NULL) &&
        (blank = blank_splice_in_comment(s, end)) != NULL)
        split_word = true;
    if (blank && (may_have_with || split_word)) {
        Token at = token_at(&t->src, (size_t)(blank - s), 1);
        error_at(&t->diag, &at, "blanks between a backslash and the end of its line: gcc "
                 "and clang read them as a line splice (the line goes on, in a string, a "
                 "// comment or a #define too), cwith does not; remove the blanks");
    }
    size_t unread = lexer_unread_name(t->lexer);
    if (unread && may_hold_with(&t->src, NULL)) {     /* (the macro may hold one) */
        Token at = token_at(&t->src, unread, 1);
        error_at(&t->diag, &at, "a line splice inside the name of this directive or macro: "
                 "cwith reads such names only whole; join the name's line");
    }
    size_t ucn = lexer_ucn_define(t->lexer);
    if (ucn && may_hold_with(&t->src, NULL)) {
        Token at = token_at(&t->src, ucn, 2);
        error_at(&t->diag, &at, "a universal character name in the name of this macro: cwith "
                 "reads macro names only as written in UTF-8; write the letter itself");
    }
    /* in any function or at the top level: it would stay untranslated */
    const SkippedRegions *skipped = lexer_skipped(t->lexer);
    for (size_t i = 0; i < skipped->n; i++) {
        const SkippedRegion *r = &skipped->v[i];
        Token at = { 0, 0, r->start, 1, r->line, 1, 0 };
        const char *what = r->has_with ? "with-statement" : r->has_defer ? "defer statement"
                         : r->has_take ? "cwith_take" : NULL;
        if (what)
            error_at(&t->diag, &at, "%s in a preprocessor branch that cwith does not "
                     "parse (the branches of this #if do not open and close braces or parentheses "
                     "alike): repeat whole statements in each branch, so that each balances them",
                     what);
    }
    Token where;
    if (lexer_pp_mismatch(t->lexer, &where) && may_have_with) {
        error_at(&t->diag, &where, "the branches of this #if/#else leave different braces open, "
                 "so cwith cannot tell the statements of this file apart");
    }
}

cwith_status cwith_translate(const char *name, const char *text, size_t size,
                             const cwith_options *options, FILE *out)
{
    cwith_options defaults = cwith_default_options();
    const cwith_options *opt = options ? options : &defaults;
    if (size > CWITH_MAX_INPUT) {       /* (the command refuses it before reading) */
        fprintf(opt->diagnostics ? opt->diagnostics : stderr, "%s: error: the input is larger "
                "than cwith's limit of %d bytes\n", name, CWITH_MAX_INPUT);
        return CWITH_ERRORS;
    }
    Translation t;
    memset(&t, 0, sizeof t);
    t.src = (Source){ name, text, size, &t.line_starts };
    diag_init(&t.diag, &t.src, &t.lines, opt->diagnostics);
    t.diag.color = opt->color;
    t.diag.max_errors = opt->max_errors;
    t.diag.warnings = opt->warnings;
    t.lexer = lexer_new(&t.src, &t.lines, &t.macros);
    t.filter = filter_new(t.lexer, &t.src, &t.diag, opt->fast_path);
    t.parse.src = &t.src;
    t.parse.diag = &t.diag;
    t.parse.arena = &t.arena;
    t.parse.require_else = opt->require_else;
    t.check_managers = opt->whole_text && opt->check_managers;
    t.parser = parser_new(&t.parse);
    t.macro_index = macro_index_new(&t.src, &t.macros, lexer_directives(t.lexer), opt);
    t.codegen = codegen_new(&t.src, &t.lines, &t.macros, t.macro_index, lexer_directives(t.lexer),
                            &t.diag, opt, out);

    bool readable = check_spellings(&t), more = readable, parse_failed = false;
    bool stopped = false;       /* at the error cap: the rest is not read */
    while (more && !stopped) {
        Token tok;
        filter_next(t.filter, &tok);
        more = parser_push(t.parser, &tok, &parse_failed);
        if (t.parse.finished) {
            finish_function(&t, t.parse.finished);
            t.parse.finished = NULL;
        }
        if (t.parse.has_stray_with) report_stray_with(&t);
        stopped = diag_full(&t.diag);
    }
    if (parse_failed && !stopped) {     /* read on: does the rest hold a with-statement? */
        Token tok;
        while (filter_next(t.filter, &tok) != 0) continue;
    }
    if (readable && !stopped) finish_input(&t, parse_failed);

    cwith_status status = CWITH_OK;
    if (t.diag.errors > 0) status = CWITH_ERRORS;
    else if (!codegen_finish(t.codegen)) status = CWITH_WRITE_FAILED;

    codegen_free(t.codegen);
    macro_index_free(t.macro_index);
    vec_free(&t.line_starts);
    declared_managers_free(t.declared);
    parser_free(t.parser);
    filter_free(t.filter);
    lexer_free(t.lexer);
    arena_free(&t.arena);
    diag_free(&t.diag);
    vec_free(&t.lines);
    macros_free(&t.macros);
    return status;
}
