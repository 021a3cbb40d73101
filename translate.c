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
    LineMap lines;
    Macros macros;
    Diag diag;
    Arena arena;
    Lexer *lexer;
    Filter *filter;
    ParseContext parse;
    Parser *parser;
    Codegen *codegen;
    int candidates_done;    /* `with (` seen when the last function ended */
    int withs_done;         /* with-statements parsed then */
} Translation;

cwith_options cwith_default_options(void)
{
    cwith_options o = { true, true, NULL };
    return o;
}

/* A top-level function has been parsed: translate it if it holds a
 * with-statement, then drop its tree. */
static void finish_function(Translation *t, Node *func)
{
    int candidates = filter_with_candidates(t->filter);
    bool may_have_with = candidates > t->candidates_done;
    bool has_with = t->parse.with_count > t->withs_done;
    ParseContext *pc = &t->parse;
    if (pc->has_pending) {
        if (may_have_with) {
            error_at(&t->diag, &pc->pending_tok, "%s", pc->pending_msg);
            note_at(&t->diag, &func->tok, "in this function, which holds a with-statement; "
                    "cwith must understand its statements to translate it");
        }
        func->broken = true;
        pc->has_pending = false;
    }
    if (has_with && !func->broken) {
        ScanNotes notes = { filter_marks(t->filter), lexer_skipped(t->lexer) };
        if (analyze_function(func, &notes, &t->diag, &t->arena))
            codegen_function(t->codegen, func);
    }
    t->candidates_done = candidates;
    t->withs_done = t->parse.with_count;
    arena_reset(&t->arena);
}

/* Errors only the end of the input shows. */
static void finish_input(Translation *t, bool parse_failed)
{
    bool may_have_with = filter_with_candidates(t->filter) > 0;
    if (parse_failed && may_have_with) {
        /* only an unclosed function reaches the end of the file */
        ParseContext *pc = &t->parse;
        error_at(&t->diag, &pc->last_tok, "%s", pc->has_pending ? pc->pending_msg : "syntax error");
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
    Translation t;
    memset(&t, 0, sizeof t);
    t.src = (Source){ name, text, size };
    diag_init(&t.diag, &t.src, &t.lines, opt->diagnostics);
    t.lexer = lexer_new(&t.src, &t.lines, &t.macros);
    t.filter = filter_new(t.lexer, &t.src, &t.diag, opt->fast_path);
    t.parse.src = &t.src;
    t.parse.diag = &t.diag;
    t.parse.arena = &t.arena;
    t.parser = parser_new(&t.parse);
    t.codegen = codegen_new(&t.src, &t.lines, &t.macros, &t.diag, opt, out);

    bool more, parse_failed;
    do {
        Token tok;
        filter_next(t.filter, &tok);
        more = parser_push(t.parser, &tok, &parse_failed);
        if (t.parse.finished) {
            finish_function(&t, t.parse.finished);
            t.parse.finished = NULL;
        }
    } while (more);
    finish_input(&t, parse_failed);

    cwith_status status = CWITH_OK;
    if (t.diag.errors > 0) status = CWITH_ERRORS;
    else if (!codegen_finish(t.codegen)) status = CWITH_WRITE_FAILED;

    codegen_free(t.codegen);
    parser_free(t.parser);
    filter_free(t.filter);
    lexer_free(t.lexer);
    arena_free(&t.arena);
    diag_free(&t.diag);
    vec_free(&t.lines);
    vec_free(&t.macros);
    return status;
}
