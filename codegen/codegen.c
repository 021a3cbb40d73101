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
 * The generated code is complete C: it uses only the functions, types and
 * constants that runtime/cwith.h declares (cwith_setjmp for setjmp), no
 * macro of cwith's, so it also works on text that has been through the
 * preprocessor already. A with-statement
 *     with (fopen(p, "r") as f) BODY
 * becomes (on the same lines)
 *     { cwith_type_fopen const cwith1_f = fopen(p, "r");
 *       if (cwith_failed_fopen(cwith1_f)) cwith_enter_failed("x.cw", 3, "fopen");
 *       else { cwith_frame cwith_frame1; jmp_buf cwith_jb1;
 *         static const cwith_site cwith_site1 = { cwith_exit_any_fopen, "x.cw", 3,
 *                                                 "fopen", cwith_site_magic };
 *         cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_f, &cwith_jb1);
 *         if (cwith_handles_fopen) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; }
 *         { cwith_type_fopen const f = cwith1_f;
 *           BODY cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_f, 0); }
 *         cwith_done1:; } }
 * The hidden variable keeps the value for the exit even where the body
 * shadows `f`; both are const, so the exit always gets what enter produced.
 * cwith_enter_/cwith_leave_ push and pop the item's frame on the thread's
 * chain, through which raised errors reach the exits; setjmp is reached
 * only for managers whose exit can handle errors (cwith_handles_M is a
 * constant), and an exit that handled one resumes at cwith_doneK. With an
 * `else`, a failed enter runs the exits of the items before it and jumps
 * to the else, which stays where it was written:
 *     { { ...items; failed: { exits; goto cwith_else1; }... BODY exits }
 *       if (0) { cwith_else1:; ELSE } }
 * A jump runs the exit actions analyze.c found for it, then jumps:
 *     { cwith_leave_(&cwith_frame1); cwith_exit_fopen(&cwith1_f, 0); break; }
 *     { cwith_rett cwith_ret = (EXPR); ...exits...; return cwith_ret; }
 * where the function's body begins `{ typedef int cwith_rett;` (its return
 * type, named before the body can declare its words again).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translator.h"

struct Codegen {
    const Source *src;
    const LineMap *lines;
    const Macros *macros;
    const MacroIndex *headers;  /* their #defines, for return types */
    const Directives *directives;   /* the input's, still growing; may be NULL */
    VEC(size_t) conds_before;   /* [i]: #if-family directives among the first i */
    VoidTypedefs void_typedefs; /* for return types */
    Diag *diag;
    FILE *out;
    bool write_failed;
    Buf block;              /* output gathered for one write */
    Node *ret_func;         /* the function ret_decl belongs to */
    char *ret_decl;
    bool ret_void;
    int return_depth;       /* returns whose value is being written around here */
    size_t cursor;          /* input before this offset is done */
    char prefix[32];        /* of the translator's own local names; "" until needed */
    size_t prefix_len;
    char ret_name[40];      /* PREFIX_ret */
    Node *func;             /* the function being emitted (for return types) */
    const Take *takes;      /* the top-level function's cwith_take()s */
    int ntakes, next_take;
    const Node *last_block; /* block_ending's last answer, for this block */
    int last_ending;
    const Node *names_func; /* std_names_used's last answer, for this function */
    unsigned names_used;
    bool ladder;            /* the function's deep returns take the ladder */
    char *lret_decl;        /* `volatile T PREFIX_lret`, the value they return */
    bool lret_void;
    const Node *rett_func;  /* the function whose return type rett_name names */
    bool rett_void;
    char *rett_decl;        /* `T PREFIX_rett`, for its typedef */
    char rett_name[48];     /* PREFIX_rett; PREFIX_rettN in nested functions (-Wshadow) */
    int func_depth;         /* of GNU nested functions around the one emitted */
    const Node *top_func;   /* the top-level function being emitted */
    long exits_written;     /* exit actions written for it */
    bool muted;             /* past MAX_EXITS_WRITTEN: nothing more is written */
};

enum { BLOCK_SIZE = 1 << 16 };
/* Exit calls written for one top-level function's jumps (README, Limits):
 * about 70 MB of C */
enum { MAX_EXITS_WRITTEN = 1000000 };

static void flush_block(Codegen *cg)
{
    if (cg->muted) cg->block.n = 0;     /* (the translation fails: exit 1) */
    if (cg->block.n && fwrite(cg->block.v, 1, cg->block.n, cg->out) != cg->block.n)
        cg->write_failed = true;
    cg->block.n = 0;
}

/* Everything goes through here: small pieces are gathered in a block,
 * which is written when full; big ones are written directly. */
static void put_slow(Codegen *cg, const char *s, size_t n);

static inline void put(Codegen *cg, const char *s, size_t n)
{
    if (cg->block.n + n <= cg->block.cap && cg->block.n + n <= BLOCK_SIZE) {   /* most pieces */
        memcpy(cg->block.v + cg->block.n, s, n);
        cg->block.n += n;
        return;
    }
    put_slow(cg, s, n);
}

/* A piece that does not fit the block. */
static void put_slow(Codegen *cg, const char *s, size_t n)
{
    if (cg->block.n + n > BLOCK_SIZE) {
        flush_block(cg);
        if (n > BLOCK_SIZE) {
            if (!cg->muted && fwrite(s, 1, n, cg->out) != n) cg->write_failed = true;
            return;
        }
    }
    buf_put(&cg->block, s, n);
}

static void put_int(Codegen *cg, long v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    char tmp[24], *p = tmp + sizeof tmp;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    for (; u >= 100; u /= 100) {    /* two digits a division: ids run to the 100,000s */
        p -= 2;
        memcpy(p, pairs + 2 * (u % 100), 2);
    }
    if (u >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * u, 2);
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0) *--p = '-';
    put(cg, p, (size_t)(tmp + sizeof tmp - p));
}

static void out_str(Codegen *cg, const char *s)
{
    put(cg, s, strlen(s));
}
/* string literals: their length is known */
#define out(cg, lit) put((cg), "" lit, sizeof(lit) - 1)

/* A file name as a C string literal (also in #line): a quote and a
 * backslash escaped, control bytes (a newline in the name) as octal
 * escapes, and each "?" as "\?" so that no trigraph forms. */
static void put_string_literal(Codegen *cg, const char *name)
{
    out(cg, "\"");
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 || c == 0x7f) {
            char oct[4] = { '\\', (char)('0' + (c >> 6)), (char)('0' + ((c >> 3) & 7)),
                            (char)('0' + (c & 7)) };
            put(cg, oct, sizeof oct);
            continue;
        }
        if (c == '"' || c == '\\' || c == '?') out(cg, "\\");
        put(cg, p, 1);
    }
    out(cg, "\"");
}

static void put_take(Codegen *cg, const Take *t);

/* Copies the input up to `pos`, each cwith_take(NAME) on the way written
 * as what it stands for. */
static void copy_to(Codegen *cg, size_t pos)
{
    while (cg->next_take < cg->ntakes && cg->takes[cg->next_take].start < pos) {
        const Take *t = &cg->takes[cg->next_take++];
        put(cg, cg->src->text + cg->cursor, t->start - cg->cursor);
        put_take(cg, t);
        cg->cursor = t->end;
    }
    if (pos > cg->cursor) {
        put(cg, cg->src->text + cg->cursor, pos - cg->cursor);
        cg->cursor = pos;
    }
}

/* Length of the line splice (backslash, [CR,] LF) at s[i] before pos, or 0. */
static size_t splice_len(const char *s, size_t i, size_t pos)
{
    if (s[i] != '\\' || i + 1 >= pos) return 0;
    if (s[i + 1] == '\n') return 2;
    return s[i + 1] == '\r' && i + 2 < pos && s[i + 2] == '\n' ? 3 : 0;
}

/* After the raw string literal (`R"d(...)d"`, as the lexer reads one)
 * whose quote is at s[q], the word before it beginning at s[w]; q if
 * there is none. */
static size_t raw_string_end(const char *s, size_t w, size_t q, size_t pos)
{
    size_t n = q - w;
    const char *p = s + w;
    if (!((n == 1 && p[0] == 'R') || (n == 2 && p[1] == 'R' && strchr("uUL", p[0])) ||
          (n == 3 && !memcmp(p, "u8R", 3))))
        return q;
    size_t d = q + 1;           /* the delimiter: up to 16 bytes */
    while (d < pos && d - q - 1 < 16 && !strchr(" ()\\\t\v\f\r\n\"", s[d])) d++;
    if (d >= pos || s[d] != '(') return q;
    size_t dlen = d - q - 1;
    for (size_t i = d + 1; i + dlen + 1 < pos; i++)
        if (s[i] == ')' && !memcmp(s + i + 1, s + q + 1, dlen) && s[i + 1 + dlen] == '"')
            return i + dlen + 2;
    return q;
}

/* The end of what begins at s[i] and hides a line's start from the
 * preprocessor: a line splice, a comment, or a quoted literal (one that
 * does not close ends at its line's end, as the lexer reads it); else
 * i + 1. At most pos. */
static size_t text_unit_end(const char *s, size_t i, size_t pos)
{
    size_t j, sp;
    if ((sp = splice_len(s, i, pos)) != 0) return i + sp;
    if (s[i] == '/' && i + 1 < pos && s[i + 1] == '*') {
        for (j = i + 2; j + 1 < pos; j++)
            if (s[j] == '*' && s[j + 1] == '/') return j + 2;
        return pos;
    }
    if (s[i] == '/' && i + 1 < pos && s[i + 1] == '/') {
        for (j = i + 2; j < pos && s[j] != '\n'; j += (sp = splice_len(s, j, pos)) ? sp : 1)
            continue;
        return j;
    }
    if (s[i] == '"' || s[i] == '\'') {
        for (j = i + 1; j < pos && s[j] != '\n';) {
            if (s[j] == s[i]) return j + 1;
            if ((sp = splice_len(s, j, pos)) != 0) {
                j += sp;
            } else if (s[j] == '\\') {      /* an escape: its byte comes after any splices */
                for (j++; (sp = splice_len(s, j, pos)) != 0;) j += sp;
                if (j < pos && s[j] != '\n') j++;
            } else {
                j++;
            }
        }
        return j;
    }
    return i + 1;
}

/* If a preprocessor line begins at s[i] (`#`, or `%:` its digraph), where
 * it ends (its newline, or pos; a splice, a comment or a literal in it may
 * hold newlines; no raw string, as in the lexer's reading); else i. */
static size_t directive_end(const char *s, size_t i, size_t pos)
{
    if (!(s[i] == '#' || (s[i] == '%' && i + 1 < pos && s[i + 1] == ':'))) return i;
    while (i < pos && s[i] != '\n') i = text_unit_end(s, i, pos);
    return i;
}

static bool word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '$';
}

/* Drops the input up to `pos` (tokens the generated code replaces), but
 * keeps its line breaks and any preprocessor line, so lines stay put.
 * Comments, literals and line splices are read as the lexer reads them: a
 * '#' inside one, or after a splice, begins no preprocessor line; and a
 * splice is kept as one (a line break there would make a '#' on the next
 * line a directive for the compiler). A raw string's own newlines are
 * line breaks. */
static void skip_to(Codegen *cg, size_t pos)
{
    const char *s = cg->src->text;
    bool line_start = false;
    size_t word = cg->cursor;       /* where the word before i begins */
    for (size_t i = cg->cursor; i < pos;) {
        size_t e;
        if (s[i] == '\n') {
            put(cg, "\n", 1);
            line_start = true;
            e = i + 1;
        } else if (line_start && (e = directive_end(s, i, pos)) != i) {
            put(cg, s + i, e - i);
            line_start = false;
        } else {
            bool raw = s[i] == '"' && (e = raw_string_end(s, word, i, pos)) != i;
            if (!raw) e = text_unit_end(s, i, pos);
            for (size_t k = i; k < e; k++) {
                size_t sp = raw ? 0 : splice_len(s, k, e);
                if (sp) {
                    put(cg, s + k, sp);
                    k += sp - 1;
                } else if (s[k] == '\n') {
                    put(cg, "\n", 1);
                }
            }
            if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
                line_start = false;
        }
        if (!word_byte(s[i])) word = e;
        i = e;
    }
    if (pos > cg->cursor) cg->cursor = pos;
}

/* Drops the input up to `from` (a header or keyword the generated code
 * replaces) and on to `pos`, the start of a statement, as skip_to does, but
 * keeps what the filter let stand before the statement (`[[...]]`,
 * `_Pragma(...)`): from the first byte after `from` that is not a blank, a
 * comment, a line splice or a preprocessor line. `open`, if not NULL, is
 * written before the statement, and before the first of those
 * preprocessor lines, so that a `#pragma` there (`#pragma GCC unroll 4`)
 * still applies to the statement, not to the `{` put around it. */
static void skip_before_statement(Codegen *cg, size_t from, size_t pos, const char *open)
{
    const char *s = cg->src->text;
    bool line_start = false;
    skip_to(cg, from);
    size_t i = cg->cursor, last_newline = i;
    while (i < pos) {
        size_t e;
        if (s[i] == '\\' && i + 1 < pos && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
            i += 2;
        } else if (s[i] == '\n') {
            line_start = true;
            last_newline = i++;
        } else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
            i++;
        } else if (s[i] == '/' && i + 1 < pos && s[i + 1] == '*') {
            for (i += 3; i < pos && !(s[i - 1] == '*' && s[i] == '/'); i++) continue;
            i++;
        } else if (s[i] == '/' && i + 1 < pos && s[i + 1] == '/') {
            while (i < pos && !(s[i] == '\n' && s[i - 1] != '\\')) i++;
        } else if (line_start && (e = directive_end(s, i, pos)) != i) {
            if (open) {         /* before the line break: the directive stays first on its line */
                skip_to(cg, last_newline);
                out_str(cg, open);
                open = NULL;
            }
            i = e;
        } else {
            break;
        }
    }
    skip_to(cg, i < pos ? i : pos);
    if (open) out_str(cg, open);
}

/* ------------------------------------------------------------- names */

static void put_name(Codegen *cg, const Token *t)
{
    put(cg, cg->src->text + t->pos, t->len);
}

/* Does the input use an identifier that one of our local names could be:
 * PREFIX then a digit, or PREFIX_ret or PREFIX_lret, or PREFIX_frame/_jb/
 * _site/_done/_else/_failed/_taken/_ret/_lret and a digit? Looked for everywhere,
 * comments and strings included. */
static bool prefix_taken(const Source *src, const char *prefix)
{
    static const char suffixes[][8] = { "", "_frame", "_jb", "_site", "_done", "_else",
                                        "_failed", "_taken", "_ret", "_lret" };
    size_t n = strlen(prefix);
    const char *s = src->text, *end = s + src->size;
    for (const char *p = s; (p = memchr(p, prefix[0], (size_t)(end - p))); p++) {
        if ((size_t)(end - p) < n || memcmp(p, prefix, n) != 0) continue;
        if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '$')) continue;
        const char *q = p + n;
        if (end - q >= 4 && !memcmp(q, "_ret", 4) &&
            (end - q == 4 || !(isalnum((unsigned char)q[4]) || q[4] == '_')))
            return true;
        if (end - q >= 5 && !memcmp(q, "_lret", 5) &&
            (end - q == 5 || !(isalnum((unsigned char)q[5]) || q[5] == '_')))
            return true;
        for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
            size_t m = strlen(suffixes[k]);
            if ((size_t)(end - q) > m && !memcmp(q, suffixes[k], m) &&
                q[m] >= '0' && q[m] <= '9')
                return true;
        }
    }
    return false;
}

/* Our local names must never meet the user's: the prefix is `cwith`, or,
 * if the input has a name like ours, `cwith_`, `cwith__`, ... */
static const char *prefix(Codegen *cg)
{
    if (!cg->prefix[0]) {
        strcpy(cg->prefix, "cwith");
        while (prefix_taken(cg->src, cg->prefix) && strlen(cg->prefix) + 2 < sizeof cg->prefix)
            strcat(cg->prefix, "_");
        snprintf(cg->ret_name, sizeof cg->ret_name, "%s_ret", cg->prefix);
        cg->prefix_len = strlen(cg->prefix);
    }
    return cg->prefix;
}

/* A local name of ours: PREFIX WHAT ID (no id when id < 0). */
static void put_local(Codegen *cg, const char *what, int id)
{
    const char *p = prefix(cg);         /* (sets prefix_len the first time) */
    put(cg, p, cg->prefix_len);
    out_str(cg, what);
    if (id >= 0) put_int(cg, id);
}

static void put_hidden(Codegen *cg, const WithItem *it)
{
    put_local(cg, "", it->id);
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

/* `as TYPE NAME`: TYPE, its tokens one space apart (it may span lines) */
/* Writes the type; returns whether it already makes the name const (a
 * `const` after its last `*`, or anywhere when it has no `*`). */
static bool put_type(Codegen *cg, const WithItem *it)
{
    Token *toks;
    size_t n = lex_range(cg->src, it->type_start, it->type_end, &toks);
    bool is_const = false;
    for (size_t i = 0; i < n; i++) {
        const char *w = cg->src->text + toks[i].pos;
        if (toks[i].len == 1 && *w == '*') is_const = false;
        else if (toks[i].len == 5 && !memcmp(w, "const", 5)) is_const = true;
        put_name(cg, &toks[i]);
        out(cg, " ");
    }
    free(toks);
    return is_const;
}

/* The `as` name's declaration: `cwith_type_M const NAME = `, or with a
 * type written, `TYPE const NAME = ` (one const: a second is a warning) */
static void put_named_decl(Codegen *cg, const WithItem *it)
{
    if (it->type_start == it->type_end) {
        put_decl(cg, it, &it->name);
        return;
    }
    if (!put_type(cg, it)) out(cg, "const ");
    put_name(cg, &it->name);
    out(cg, " = ");
}

/* `cwith_frameK`, the item's frame on the error chain */
static void put_frame(Codegen *cg, const WithItem *it)
{
    put_local(cg, "_frame", it->id);
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

/* `cwith_takenK`: set once item K is taken */
static void put_taken_flag(Codegen *cg, const WithItem *it)
{
    put_local(cg, "_taken", it->id);
}

/* cwith_take(NAME): flag the exit off for normal paths, and the frame for
 * an unwinding error; the value is the hidden variable's. The left operands
 * of the commas are cast to void (clang's -Wcomma). */
static void put_take(Codegen *cg, const Take *t)
{
    out(cg, "((void)(");
    put_taken_flag(cg, t->item);
    out(cg, " = 1), ");
    if (!t->alone) out(cg, "(void)");
    out(cg, "cwith_take_(&");
    put_frame(cg, t->item);
    if (t->alone) {
        out(cg, "))");
        return;
    }
    out(cg, "), ");
    if (t->item->type_start != t->item->type_end) {     /* the type written */
        out(cg, "(");
        put_type(cg, t->item);
        out(cg, ")");
    }
    put_hidden(cg, t->item);
    out(cg, ")");
}

/* The case number (from 1) of jump j in defer d's dispatch: its return
 * cases first (translator.h, DeferCase), then the others in source order. */
static int defer_case(const Node *d, const Node *j)
{
    if (j->kind == N_RETURN) return 1 + defer_return_case(d, j);
    int lo = defer_return_cases(d), hi = d->ncases;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (d->cases[mid].jump->start < j->start) lo = mid + 1;
        else hi = mid;
    }
    return lo + 1;
}

/* How a jump hands over to a defer: pop its frame, pass the return value
 * on (ret: the variable holding it, or NULL), say which case this is, and
 * go to the statement. */
static void put_defer_handoff(Codegen *cg, const Node *d, const Node *jump, const char *ret)
{
    out(cg, "cwith_leave_(&");
    put_local(cg, "_frame", d->id);
    out(cg, "); ");
    if (ret) {
        put_local(cg, "", d->id);
        out(cg, "_ret = ");
        out_str(cg, ret);
        out(cg, "; ");
    }
    put_local(cg, "", d->id);
    out(cg, "_to = ");
    put_int(cg, defer_case(d, jump));
    out(cg, "; goto ");
    put_local(cg, "", d->id);
    out(cg, "_run;");
}

/* The one place where each kind of exit action is written. Returns false
 * when the action takes control elsewhere (a defer's statement, after
 * which its dispatch goes on with the jump's remaining actions). */
static bool put_action(Codegen *cg, const Action *a, const Node *jump, const char *ret)
{
    if (++cg->exits_written == MAX_EXITS_WRITTEN) {
        /* jumps that leave many with-statements each write their exits:
         * N nested with-statements each holding a `goto` out of all write
         * N*N/2 (a return shares them: the return ladder) */
        const Token *at = jump ? &jump->tok : &cg->top_func->tok;
        error_at(cg->diag, at, "the jumps of this function write more than %d exit calls "
                 "(cwith's limit: a goto, break or continue writes out every exit it runs); "
                 "leave fewer with-statements per jump, e.g. by a return from a helper "
                 "function", MAX_EXITS_WRITTEN);
        cg->muted = true;
    }
    switch (a->kind) {
    case ACT_WITH_EXIT: {
        const WithItem *it = &a->owner->items[a->index];
        out(cg, "cwith_leave_(&");
        put_frame(cg, it);
        out(cg, "); ");
        if (it->taken) {
            out(cg, "if (!cwith_taken_(&");
            put_frame(cg, it);
            out(cg, ", ");
            put_taken_flag(cg, it);
            out(cg, ")) ");
        }
        out(cg, "cwith_exit_");
        put_name(cg, &it->manager);
        out(cg, "(&");
        put_hidden(cg, it);
        out(cg, ", 0);");
        return true;
    }
    case ACT_DEFER:
        if (a->owner->on_error_only) {      /* an errdefer is only popped */
            out(cg, "cwith_leave_(&");
            put_local(cg, "_frame", a->owner->id);
            out(cg, ");");
            return true;
        }
        put_defer_handoff(cg, a->owner, jump, ret);
        return false;
    }
    return true;
}

/* The exit actions a jump runs, in order, from its exit number `from`,
 * which is action a. Returns false if a defer took over (the jump itself
 * is then written by its dispatch). */
static bool put_exits_from(Codegen *cg, const Node *jump, int from, const Action *a,
                           const char *ret)
{
    for (int i = from; i < jump->nexits && !cg->muted; i++, a = a->outer) {
        /* errdefers in a row: only the outermost's frame is popped, which
         * pops theirs (returns through N errdefers: not N*N/2 pops) */
        if (a->errdefer_run > 1) {
            if (a->errdefer_run <= jump->nexits - i) {
                i += a->errdefer_run - 1;
                a = a->errdefer_run_last;
            } else {            /* the jump leaves only some of them */
                for (; i + 1 < jump->nexits; i++) a = a->outer;
            }
        }
        if (!put_action(cg, a, jump, ret)) return false;
        out(cg, " ");
    }
    return true;
}

static bool put_exits(Codegen *cg, const Node *jump, const char *ret)
{
    return put_exits_from(cg, jump, 0, jump->exit_head, ret);
}

/* After item K entered: push its frame; if an exit handles an error, the
 * longjmp lands in setjmp, which goes to `cwith_doneK` after the item
 * (then the with-statement, or the next item out, goes on). For managers
 * that cannot handle errors cwith_handles_M is the constant 0, and the
 * compiler sees that nothing jumps there (no -Wreturn-type). */
static void put_enter(Codegen *cg, const Node *w, int index)
{
    const WithItem *it = &w->items[index];
    int k = it->id;
    Place p = place_of(cg->src, cg->lines, it->manager.pos, it->manager.line);
    out(cg, "cwith_frame ");
    put_local(cg, "_frame", k);
    out(cg, "; jmp_buf ");
    put_local(cg, "_jb", k);
    out(cg, "; static const cwith_site ");
    put_local(cg, "_site", k);
    out(cg, " = { cwith_exit_any_");
    put_name(cg, &it->manager);
    out(cg, ", ");
    if (p.file) put(cg, p.file, p.file_len);
    else put_string_literal(cg, cg->src->name);
    out(cg, ", ");
    put_int(cg, p.line);
    out(cg, ", \"");
    put_name(cg, &it->manager);
    out(cg, "\", cwith_site_magic }; ");
    if (it->taken) {
        out(cg, "_Bool ");
        put_taken_flag(cg, it);
        out(cg, " = 0; ");
    }
    /* the safety net's test (cwith.h): none before a body that makes no
     * call; the top must be the frame below, if it is known; else the
     * test of an outermost with-statement */
    const Action *below = index > 0 ? &w->actions[index - 1] : w->frame_below;
    bool leaf = index == w->nitems - 1 && !w->body_calls;
    out_str(cg, leaf ? "cwith_enter_leaf_(&" : below ? "cwith_enter_in_(&" : "cwith_enter_(&");
    put_local(cg, "_frame", k);
    out(cg, ", &");
    put_local(cg, "_site", k);
    out(cg, ", &");
    put_hidden(cg, it);
    out(cg, ", &");
    put_local(cg, "_jb", k);
    if (!leaf && below) {
        out(cg, ", &");
        if (below->kind == ACT_WITH_EXIT) put_frame(cg, &below->owner->items[below->index]);
        else put_local(cg, "_frame", below->owner->id);
    }
    out(cg, "); if (cwith_handles_");
    put_name(cg, &it->manager);
    out(cg, ") { if (cwith_setjmp(");
    put_local(cg, "_jb", k);
    out(cg, ") != 0) ");
    /* a handled error goes on after the statement, even one an exit
     * raised on the way to the else (put_goto_else): no else then; and
     * the flag, perhaps set after the setjmp, gets a known value */
    bool flag = w->else_body && w->nitems > 1;
    if (flag) {
        out(cg, "{ ");
        put_local(cg, "_failed", w->id);
        out(cg, " = 0; ");
    }
    out(cg, "goto ");
    put_local(cg, "_done", k);
    if (flag) out(cg, "; } } { ");
    else out(cg, "; } { ");
}

/* `cwith_enter_failed("file", line, "M")`: where the item is written. */
static void put_enter_failed(Codegen *cg, const WithItem *it)
{
    Place p = place_of(cg->src, cg->lines, it->manager.pos, it->manager.line);
    out(cg, "cwith_enter_failed(");
    if (p.file) put(cg, p.file, p.file_len);
    else put_string_literal(cg, cg->src->name);
    out(cg, ", ");
    put_int(cg, p.line);
    out(cg, ", \"");
    put_name(cg, &it->manager);
    out(cg, "\");");
}

/* -------------------------------------------------------------- nodes */

static void emit(Codegen *cg, Node *n);

/* Children in source order: statement expressions in a condition come
 * before the body, a do-while's after it. */
static void emit_children(Codegen *cg, Node *n)
{
    if (n->kind == N_DO && n->body) emit(cg, n->body);
    for (Node *c = n->kids; c; c = c->next) emit(cg, c);
    if (n->kind != N_DO && n->body) emit(cg, n->body);
    if (n->else_body) emit(cg, n->else_body);
}

/* `cwith_elseN`: the label of a with-statement's else */
static void put_else_label(Codegen *cg, const Node *w)
{
    put_local(cg, "_else", w->id);
}

/* With an `else`, a failed enter runs the exits of the items entered
 * before it, then jumps to the else, which sits after the statement in an
 * `if (0)` that only this jump reaches: so the else runs only after a failed
 * enter, and the compiler sees every path (no -Wreturn-type). The exits
 * are those the body's end runs, after the failed item's cwith_doneK
 * label: the failure sets cwith_failedW, which sends the path to the else
 * after them (once each: N items do not write N*N/2 exits). */
static void put_goto_else(Codegen *cg, const Node *w, int k)
{
    out(cg, "{ ");
    if (k > 0) {
        put_local(cg, "_failed", w->id);
        out(cg, " = 1; goto ");
        put_local(cg, "_done", w->items[k].id);
    } else {
        out(cg, "goto ");
        put_else_label(cg, w);
    }
    out(cg, "; }");
}

/* After the items' exits: to the else if an enter failed. Where the body
 * does not fall through, the last exit is reached otherwise only where an
 * error was handled, if a manager can (a constant the compiler folds: no
 * path past the statement when none can; -Wreturn-type). */
static void put_failed_to_else(Codegen *cg, const Node *w, bool falls_through)
{
    out(cg, " if (");
    put_local(cg, "_failed", w->id);
    if (!falls_through) {
        out(cg, " || !(");
        for (int k = 0; k < w->nitems; k++) {
            if (k) out(cg, " || ");
            out(cg, "cwith_handles_");
            put_name(cg, &w->items[k].manager);
        }
        out(cg, ")");
    }
    out(cg, ") goto ");
    put_else_label(cg, w);
    out(cg, ";");
}

/* Is there a `break` in n that leaves the loop or switch around n? A
 * break in an unknown macro's block (`FOO(x) { break; }`) may: the macro
 * may be an `if`, not a loop. */
static bool has_break_out(const Node *n)
{
    for (; n; n = n->next) {
        if (n->kind == N_BREAK) return true;
        if (n->kind == N_FUNC) continue;
        bool inner_target = n->kind == N_FOR || n->kind == N_WHILE || n->kind == N_DO ||
                            n->kind == N_SWITCH;
        if (has_break_out(n->kids)) return true;
        if (!inner_target && (has_break_out(n->body) || has_break_out(n->else_body)))
            return true;
    }
    return false;
}

/* `for (;;)` or `while (1)` whose body has no break: it never ends. */
static bool loops_forever(const Codegen *cg, const Node *n)
{
    if ((n->kind != N_FOR && n->kind != N_WHILE) || !n->body) return false;
    const char *want = n->kind == N_FOR ? "(;;)" : "(1)";
    size_t k = 0;
    for (size_t i = n->tok.pos + n->tok.len; i < n->body->start; i++) {
        char c = cg->src->text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (want[k] != c) return false;
        k++;
    }
    return want[k] == 0 && !has_break_out(n->body);
}

/* Is there a `default` label of the switch whose body is n? (Not one of
 * a switch inside it; an unknown macro's block is not looked into, it may
 * be a switch.) */
static bool has_default(const Node *n)
{
    for (; n; n = n->next) {
        if (n->kind == N_DEFAULT) return true;
        if (n->kind == N_SWITCH || n->kind == N_FUNC || n->kind == N_MACRO ||
            n->kind == N_STMT_EXPR)
            continue;
        if ((n->kind == N_BLOCK && has_default(n->kids)) || has_default(n->body) ||
            has_default(n->else_body))
            return true;
    }
    return false;
}

/* The standard library's functions that never return (reserved names, C11
 * 7.1.3). Arrays, not pointers: no relocated data (cli/api.sh). */
static const char noreturn_std[][16] = { "abort", "exit", "_Exit", "quick_exit", "longjmp",
                                         "siglongjmp", "" };

/* The index in words (ending in "") of text[0, len), or -1. */
static int word_index(const char (*words)[16], const char *text, size_t len)
{
    for (int i = 0; words[i][0]; i++)
        if (strlen(words[i]) == len && !memcmp(words[i], text, len)) return i;
    return -1;
}

/* Bit i: the function being emitted uses noreturn_std[i] other than in a
 * call (a parameter, local or nested function that hides the library
 * function: `void (*exit)(int) = f;`, GNU `void abort(void) { ... }`,
 * which block scope allows). Its text is lexed once. */
static unsigned std_names_used(Codegen *cg)
{
    if (cg->names_func == cg->func) return cg->names_used;
    Token *t;
    size_t nt = lex_range(cg->src, cg->func->header_start, cg->func->end, &t);
    unsigned used = 0;
    for (size_t i = 0; i < nt; i++) {
        /* a call is no other use; a declaration is (after a word or a `*`:
         * GNU C's nested `void abort(void) { ... }`, a local prototype) */
        bool call = i + 1 < nt && t[i + 1].raw == R_LPAREN;
        bool declared = i > 0 && (t[i - 1].raw == R_IDENT || t[i - 1].raw == R_STAR);
        if (t[i].raw != R_IDENT || (call && !declared)) continue;
        int k = word_index(noreturn_std, cg->src->text + t[i].pos, t[i].len);
        if (k >= 0) used |= 1u << k;
    }
    free(t);
    cg->names_func = cg->func;
    cg->names_used = used;
    return used;
}

/* `NAME(...);` where NAME never returns: the runtime's raises, or the
 * standard library's unless the file or a header the build step read
 * #defines it, or the function uses the word otherwise */
static bool is_noreturn_call(Codegen *cg, const Node *n)
{
    static const char own[][16] = { "cwith_raise", "cwith_raise_at", "cwith_reraise", "" };
    Token *t;
    size_t nt = lex_range(cg->src, n->start, n->end, &t);
    bool yes = false;
    if (nt >= 4 && t[0].raw == R_IDENT && t[1].raw == R_LPAREN && t[nt - 1].raw == R_SEMI) {
        size_t k = 1;
        for (int depth = 0; k < nt; k++) {
            if (t[k].raw == R_LPAREN) depth++;
            else if (t[k].raw == R_RPAREN && --depth == 0) break;
        }
        const char *name = cg->src->text + t[0].pos;
        unsigned len = t[0].len;
        int i = k == nt - 2 ? word_index(noreturn_std, name, len) : -1;
        size_t at = 0;
        const Source *hsrc;
        if (k == nt - 2 && word_index(own, name, len) >= 0)
            yes = true;
        else if (i >= 0)
            yes = !find_macro(cg->src, cg->macros, t[0].pos, len) &&
                  !(cg->headers && header_macro_next(cg->headers, name, len, &at, &hsrc)) &&
                  !(std_names_used(cg) & 1u << i);
    }
    free(t);
    return yes;
}

/* -------------------------------------------------------- return ladder
 * Written out at each return, the exits of N nested with-statements that
 * each hold a return add up to N*N/2 exit calls (2,000 deep: 140 MB of C).
 * A return that runs more than LADDER_MIN_EXITS exits, all of items,
 * instead stores its value and goes to the ladder step of its innermost
 * item (K), written once, after that item's fall-through exit, where its
 * names are in scope:
 *     if (0) { PREFIX_lretK: EXIT OF ITEM K goto PREFIX_lretJ; }
 * J is the next item out; the outermost step returns PREFIX_lret, a
 * variable declared at the function's start (volatile: the function is
 * a setjmp point), or returns from a void function. A return runs every
 * action around it, so a step's successor is the same for every return
 * that passes it; that is checked, and where it is not so, or in a
 * function with defers or nested functions (whose jumps take other
 * routes), the exits are written out at each return as everywhere else. */
enum { LADDER_MIN_EXITS = 16 };
typedef VEC(Node *) NodeVec;

/* (A return's exits are the whole chain from its head.) */
static bool only_item_exits(const Node *j)
{
    return !j->exit_head || j->exit_head->only_items;
}

/* The deep returns in n (its body, else and kids) into rets; false at a
 * defer or a nested function, which rule the ladder out. */
static bool collect_deep_returns(Node *n, const Node *func, NodeVec *rets)
{
    if (!n) return true;
    if ((n->kind == N_FUNC && n != func) || n->kind == N_DEFER) return false;
    if (n->kind == N_RETURN && n->nexits > LADDER_MIN_EXITS && only_item_exits(n))
        vec_push(rets, n);
    if (!collect_deep_returns(n->body, func, rets) ||
        !collect_deep_returns(n->else_body, func, rets))
        return false;
    for (Node *k = n->kids; k; k = k->next)
        if (!collect_deep_returns(k, func, rets)) return false;
    return true;
}

/* Makes each action on the deep returns' chains a step of the ladder,
 * whose next step is its outer action: the chains are shared, so a walk
 * stops at the first step already made (linear in the actions). */
static void link_ladder(NodeVec *rets)
{
    for (size_t r = 0; r < rets->n; r++) {
        Node *j = rets->v[r];
        j->ladder_return = true;
        for (Action *a = (Action *)j->exit_head; a && !a->ladder; a = (Action *)a->outer)
            a->ladder = true;
    }
}

/* The declaration of a return temporary `name` (maybe "volatile x") of
 * func's return type: by its typedef (plan_return_type), or as read from
 * its header, checking that the body does not declare the type's names
 * again. NULL with *why if cwith cannot tell the type. Caller frees. */
static char *ret_temp_decl(Codegen *cg, const Node *func, const char *name, bool *is_void,
                           char *why, size_t why_size)
{
    if (cg->rett_func == func) {
        *is_void = cg->rett_void;
        if (cg->rett_void) return strcpy(xmalloc(strlen(name) + 1), name);
        size_t n = strlen(cg->rett_name) + 1 + strlen(name) + 1;
        char *decl = xmalloc(n);
        snprintf(decl, n, "%s %s", cg->rett_name, name);
        return decl;
    }
    return return_temp_decl(cg->src, cg->macros, cg->headers, &cg->void_typedefs,
                            func->header_start, func->body_start, func->end, name, is_void,
                            why, why_size);
}

/* Past the `{` (or `<%`) that opens func's body. */
static size_t body_open_end(Codegen *cg, const Node *func)
{
    return func->body_start + (cg->src->text[func->body_start] == '<' ? 2 : 1);
}

/* Does func's body begin with `__label__`? (Those declarations come
 * before all others in a block.) */
static bool begins_with_local_labels(Codegen *cg, const Node *func)
{
    const char *s = cg->src->text;
    size_t i = body_open_end(cg, func);
    for (;;) {
        while (i < func->end && isspace((unsigned char)s[i])) i++;
        if (i + 1 < func->end && s[i] == '/' && (s[i + 1] == '*' || s[i + 1] == '/')) {
            const char *close = s[i + 1] == '*' ? "*/" : "\n";
            const char *e = NULL;
            for (size_t k = i + 2; k + strlen(close) <= func->end && !e; k++)
                if (!memcmp(s + k, close, strlen(close))) e = s + k + strlen(close);
            if (!e) return true;    /* unsure: no typedef */
            i = (size_t)(e - s);
            continue;
        }
        break;
    }
    return func->end - i >= 9 && !memcmp(s + i, "__label__", 9);
}

/* A function one of whose `return VALUE;` runs exits names its return type
 * once, first thing in its body: `{ typedef T PREFIX_rett; ...`. There the
 * name T means what the header meant (the parameters are checked), so the
 * temporaries are right whatever the body declares later: `int T = 2;`,
 * `typedef char T;`, an enum constant or an as name T. Not before
 * `__label__`: the temporaries are then declared as read from the header. */
static void plan_return_type(Codegen *cg, const Node *func)
{
    cg->rett_func = NULL;
    free(cg->rett_decl);
    cg->rett_decl = NULL;
    if (!func->value_return_exits || begins_with_local_labels(cg, func)) return;
    char why[512];
    bool is_void;
    if (cg->func_depth == 0) snprintf(cg->rett_name, sizeof cg->rett_name, "%s_rett", prefix(cg));
    else snprintf(cg->rett_name, sizeof cg->rett_name, "%s_rett%d", prefix(cg), cg->func_depth);
    /* the body is not read (body_end = body_start): the typedef stands before it */
    char *decl = return_temp_decl(cg->src, cg->macros, cg->headers, &cg->void_typedefs,
                                  func->header_start, func->body_start, func->body_start,
                                  cg->rett_name, &is_void, why, sizeof why);
    if (!decl) return;      /* each return says why */
    cg->rett_func = func;
    cg->rett_void = is_void;
    if (is_void) free(decl);
    else cg->rett_decl = decl;
}

/* Decides whether func's deep returns take the ladder (cg->ladder), and
 * the declaration of the value they return. */
static void plan_ladder(Codegen *cg, Node *func)
{
    cg->ladder = false;
    /* (its variable is declared first in the body: not before __label__) */
    if (func->has_defer || func->most_return_exits <= LADDER_MIN_EXITS ||
        begins_with_local_labels(cg, func))
        return;
    NodeVec rets = { 0 };
    bool ok = collect_deep_returns(func, func, &rets);
    if (ok && rets.n) {
        char name[64], why[512];
        snprintf(name, sizeof name, "volatile %s_lret", prefix(cg));
        cg->lret_decl = ret_temp_decl(cg, func, name, &cg->lret_void, why, sizeof why);
        ok = cg->lret_decl != NULL;     /* if not, each return says why */
    }
    /* `return;` in a non-void function (C89) keeps its written-out exits */
    size_t kept = 0;
    for (size_t r = 0; ok && r < rets.n; r++)
        if (cg->lret_void || rets.v[r]->expr_start < rets.v[r]->expr_end)
            rets.v[kept++] = rets.v[r];
    rets.n = kept;
    cg->ladder = ok && rets.n;
    if (cg->ladder) link_ladder(&rets);
    vec_free(&rets);
}

static void put_ladder_label(Codegen *cg, const Action *a)
{
    put_local(cg, "_lret", a->owner->items[a->index].id);
}

/* ` if (0) { PREFIX_lretK: EXIT goto NEXT; }` after item a's body; where
 * nothing comes there but the gotos (the body ends in a jump, no exit
 * before), without the `if (0)`, which clang's -Wunreachable-code would
 * call dead */
static void put_ladder_step(Codegen *cg, const Action *a, bool falls_in)
{
    if (falls_in) out(cg, " if (0) { ");
    else out(cg, " { ");
    put_ladder_label(cg, a);
    out(cg, ": ");
    put_action(cg, a, NULL, NULL);
    if (a->outer) {
        out(cg, " goto ");
        put_ladder_label(cg, a->outer);
        out(cg, ";");
    } else if (cg->lret_void) {
        out(cg, " return;");
    } else {
        out(cg, " return ");
        put_local(cg, "_lret", -1);
        out(cg, ";");
    }
    out(cg, " }");
}

/* A return's value, after what receives it (`T PREFIX_ret = (`): its
 * statement expressions translated, then `); `. */
static void put_return_value(Codegen *cg, Node *j)
{
    skip_to(cg, j->expr_start);
    cg->return_depth++;
    for (Node *k = j->kids; k; k = k->next) emit(cg, k);
    cg->return_depth--;
    copy_to(cg, j->expr_end);
    out(cg, "); ");
}

/* `{ PREFIX_lret = (VALUE); goto PREFIX_lretK; }` */
static void emit_ladder_return(Codegen *cg, Node *j)
{
    copy_to(cg, j->start);
    out(cg, "{ ");
    if (j->expr_start < j->expr_end) {
        if (cg->lret_void) {
            out(cg, "(void)(");
        } else {
            put_local(cg, "_lret", -1);
            out(cg, " = (");
        }
        put_return_value(cg, j);
    }
    out(cg, "goto ");
    put_ladder_label(cg, j->exit_head);
    out(cg, "; }");
    skip_to(cg, j->end);
}

/* How a statement ends, for the code cwith would write after it. */
typedef enum Ending {
    ENDS_OPEN,      /* it can complete normally */
    ENDS_CLOSED,    /* it cannot: every branch ends in a jump or a loop
                     * that never ends */
    ENDS_RESUMED    /* only where a with-statement in it resumes after an
                     * error its manager handled (cwith_handles_M) */
} Ending;

static Ending join_endings(Ending a, Ending b)
{
    if (a == ENDS_OPEN || b == ENDS_OPEN) return ENDS_OPEN;
    return a == ENDS_RESUMED || b == ENDS_RESUMED ? ENDS_RESUMED : ENDS_CLOSED;
}

/* The ending of statement n: a jump, a loop that never ends, an if/else
 * both of whose branches end so, a switch with a default, no break and a
 * body that ends so, a block or labelled statement whose last statement
 * does. A with-statement whose body (and else) ends so is ENDS_RESUMED:
 * only a handled error goes on after it. With to, writes ` || ` (after
 * the first) and `cwith_handles_M` for the manager of every item of every
 * with-statement looked into, which is true wherever n can complete
 * normally (*first: nothing written yet). */
static Ending ending_of(Codegen *cg, const Node *n, Codegen *to, bool *first);

/* Does src[lo, hi) hold a conditional directive (the directives are the
 * conditionals and the #includes)? Then a statement there may not be there
 * for the compiler: an ending cwith reads from it (a `return` last in
 * `#ifdef EARLY`) is not certain. */
static bool conditional_in(Codegen *cg, size_t lo, size_t hi)
{
    const Directives *ds = cg->directives;
    if (!ds || ds->n == 0) return false;
    if (cg->conds_before.n == 0) vec_push(&cg->conds_before, 0);
    while (cg->conds_before.n <= ds->n) {       /* (the directives only grow) */
        size_t i = cg->conds_before.n - 1;
        vec_push(&cg->conds_before, cg->conds_before.v[i] + !ds->v[i].is_include);
    }
    return cg->conds_before.v[directive_index(ds, hi)] >
           cg->conds_before.v[directive_index(ds, lo)];
}

static const Node *last_kid(const Node *block)
{
    const Node *last = block->kids;
    while (last && last->next) last = last->next;
    return last;
}

/* A block's last statement if it is last for every build, else NULL (none,
 * or a conditional directive in it or after it: `#ifdef EARLY return;
 * #endif }`). */
static const Node *last_statement(Codegen *cg, const Node *block)
{
    const Node *last = last_kid(block);
    return last && !conditional_in(cg, last->start, block->close_pos) ? last : NULL;
}

static Ending ending(Codegen *cg, const Node *n, Codegen *to, bool *first)
{
    if (to || !n) return ending_of(cg, n, to, first);
    /* kept: each with-statement asks about its body, which holds the
     * nested ones (nested N deep: N*N/2 walks) */
    if (!n->ending) ((Node *)n)->ending = (signed char)(1 + ending_of(cg, n, NULL, NULL));
    return (Ending)(n->ending - 1);
}

static Ending ending_of(Codegen *cg, const Node *n, Codegen *to, bool *first)
{
    while (n && (n->kind == N_BLOCK || n->kind == N_LABEL || n->kind == N_CASE ||
                 n->kind == N_DEFAULT)) {
        if (n->kind != N_BLOCK) {
            n = n->body;
            continue;
        }
        n = last_statement(cg, n);
        if (!n) return ENDS_OPEN;
    }
    if (!n) return ENDS_OPEN;
    /* (a braceless body, or an if, switch, loop or with-statement whose
     * parts are not all there for every build) */
    if (conditional_in(cg, n->start, n->end)) return ENDS_OPEN;
    switch (n->kind) {
    case N_RETURN: case N_GOTO: case N_BREAK: case N_CONTINUE:
        return ENDS_CLOSED;
    case N_FOR: case N_WHILE:
        return loops_forever(cg, n) ? ENDS_CLOSED : ENDS_OPEN;
    case N_SIMPLE:
        return is_noreturn_call(cg, n) ? ENDS_CLOSED : ENDS_OPEN;
    case N_IF:
        if (!n->else_body) return ENDS_OPEN;
        return join_endings(ending(cg, n->body, to, first),
                            ending(cg, n->else_body, to, first));
    case N_SWITCH:
        if (!has_default(n->body) || has_break_out(n->body)) return ENDS_OPEN;
        return ending(cg, n->body, to, first);
    case N_WITH: {
        Ending e = ending(cg, n->body, to, first);
        if (n->else_body) e = join_endings(e, ending(cg, n->else_body, to, first));
        if (e == ENDS_OPEN) return ENDS_OPEN;
        for (int k = 0; to && k < n->nitems; k++) {
            if (!*first) out(to, " || ");
            *first = false;
            out(to, "cwith_handles_");
            put_name(to, &n->items[k].manager);
        }
        return ENDS_RESUMED;
    }
    default:
        return ENDS_OPEN;
    }
}

/* Past blanks, comments, line breaks and directive lines from pos. */
static size_t skip_trivia(const char *s, size_t pos, size_t end)
{
    size_t before;
    do {
        before = pos;
        pos = skip_directive_blanks(s, pos, end);
        while (pos < end && (s[pos] == '\n' || s[pos] == '\r')) pos++;
        if (pos < end && pos > 0 && s[pos - 1] == '\n') pos = directive_end(s, pos, end);
    } while (pos != before);
    return pos;
}

/* Whether the text from pos (a braceless body or else branch: the filter
 * leaves an attribute before a label out of the tree) begins, after any
 * `[[...]]` and `_Pragma("...")`, with `__attribute__` (`__attribute__((unused))
 * lab: ...`): first in a block, gcc reads that as a declaration's, so such
 * a body goes after `if (1)`, where a statement is expected. */
static bool begins_with_attribute(const Codegen *cg, size_t pos, size_t end)
{
    const char *s = cg->src->text;
    for (;;) {
        pos = skip_trivia(s, pos, end);
        if (end - pos >= 2 && s[pos] == '[' && s[pos + 1] == '[') {     /* [[...]] */
            while (pos + 1 < end && !(s[pos] == ']' && s[pos + 1] == ']')) pos++;
            pos += 2;
            continue;
        }
        size_t word_end = name_bytes_end(s, pos, end);
        char word[16];
        size_t len = canonical_word(s + pos, word_end - pos, word, sizeof word);
        if (len == 7 && !memcmp(word, "_Pragma", 7)) {  /* _Pragma ( "..." ) */
            pos = skip_trivia(s, word_end, end);
            if (pos >= end || s[pos] != '(') return false;
            pos = skip_trivia(s, pos + 1, end);
            if (pos >= end || s[pos] != '"') return false;
            for (pos++; pos < end && s[pos] != '"'; pos++)
                if (s[pos] == '\\') pos++;
            pos = skip_trivia(s, pos + 1, end);
            if (pos >= end || s[pos] != ')') return false;
            pos++;
            continue;
        }
        return (len == 11 && !memcmp(word, "__attribute", 11)) ||
               (len == 13 && !memcmp(word, "__attribute__", 13));
    }
}

/* A statement that cannot complete normally (then no exit follows it, for
 * clang's -Wunreachable-code). */
static bool ends_in_jump(Codegen *cg, const Node *n)
{
    return ending(cg, n, NULL, NULL) == ENDS_CLOSED;
}

/* `(cwith_handles_A || ... ? cwith_resumed_ : cwith_unreachable_)();`
 * where a body that cannot complete normally resumes after a handled
 * error, the only way past such a with-statement (cwith.h): after the
 * outermost item's resume label, or after the `else`'s `if (0) { }` */
static void put_resumed(Codegen *cg, const Node *w)
{
    out(cg, "(");
    for (int k = 0; k < w->nitems; k++) {
        if (k) out(cg, " || ");
        out(cg, "cwith_handles_");
        put_name(cg, &w->items[k].manager);
    }
    out(cg, " ? cwith_resumed_ : cwith_unreachable_)();");
}

/* Whether a case or default label comes next after statement n: where
 * gcc's -Wimplicit-fallthrough asks whether n can complete normally. */
static bool before_case_label(const Node *n)
{
    for (;;) {
        const Node *p = n->parent;
        bool labeled = p && (p->kind == N_LABEL || p->kind == N_CASE || p->kind == N_DEFAULT) &&
                       p->body == n;
        bool last_in_block = p && p->kind == N_BLOCK && !n->next;
        if (!labeled && !last_in_block) break;
        n = p;
    }
    return n->next && (n->next->kind == N_CASE || n->next->kind == N_DEFAULT);
}

static void emit_with(Codegen *cg, Node *w)
{
    bool has_else = w->else_body != NULL;
    copy_to(cg, w->start);
    out(cg, "{ ");
    if (has_else && w->nitems > 1) {
        out(cg, "int ");
        put_local(cg, "_failed", w->id);
        out(cg, " = 0; ");
    }
    if (has_else) out(cg, "{ ");
    for (int k = 0; k < w->nitems; k++) {
        const WithItem *it = &w->items[k];
        skip_to(cg, it->call_start);
        put_decl(cg, it, NULL);
        skip_to(cg, it->value_start);       /* cwith_adopt(M, */
        copy_to(cg, it->value_end);
        skip_to(cg, it->call_end);
        out(cg, "; if (");
        put_failed(cg, it);
        out(cg, ") ");
        if (has_else) put_goto_else(cg, w, k);
        else put_enter_failed(cg, it);
        out(cg, " else { ");
        put_enter(cg, w, k);
        if (it->name.len) {
            put_named_decl(cg, it);
            put_hidden(cg, it);
            out(cg, "; ");
        }
    }
    /* the names count as used, as a hand-written close call would use
     * them (-Wunused-variable), after the last declaration (C90's
     * -Wdeclaration-after-statement) */
    for (int k = 0; k < w->nitems; k++) {
        if (!w->items[k].name.len) continue;
        out(cg, "(void)");
        put_name(cg, &w->items[k].name);
        out(cg, "; ");
    }
    /* braces around a braceless body keep the exits out of its reach, and
     * clang's -Wmisleading-indentation quiet */
    bool braces = w->body->kind != N_BLOCK;
    const char *open = NULL;
    if (braces)
        open = begins_with_attribute(cg, w->header_end, w->body->end) ? "{ if (1) " : "{ ";
    skip_before_statement(cg, w->header_end, w->body->start, open);
    emit(cg, w->body);
    copy_to(cg, w->body->end);
    if (braces) out(cg, " }");
    /* the fall-through; no exit after a body that ends in a jump (clang's
     * -Wunreachable-code): an outer item's exit is reached from cwith_doneK */
    bool falls_through = !ends_in_jump(cg, w->body);
    /* only there: elsewhere clang's -Wunreachable-code would see the code
     * after the with-statement as dead */
    bool say_resumed = !falls_through && before_case_label(w);
    for (int k = w->nactions; k-- > 0;) {
        bool exit_written = falls_through || k < w->nactions - 1;
        if (exit_written) {
            out(cg, " ");
            put_action(cg, &w->actions[k], NULL, NULL);
        }
        if (cg->ladder && w->actions[k].ladder) put_ladder_step(cg, &w->actions[k], exit_written);
        out(cg, " } ");
        put_local(cg, "_done", w->items[k].id);
        out(cg, ":");
        if (k == 0 && say_resumed && !has_else) {
            out(cg, " ");
            put_resumed(cg, w);
        } else {
            out(cg, ";");
        }
        out(cg, " }");
    }
    if (has_else) {
        /* `else` becomes the label; the layout around it stays */
        out(cg, " }");
        if (w->nitems > 1) put_failed_to_else(cg, w, falls_through);
        copy_to(cg, w->else_tok.pos);
        out(cg, "if (0) { ");
        put_else_label(cg, w);
        out(cg, ":;");
        cg->cursor = w->else_tok.pos + w->else_tok.len;
        if (begins_with_attribute(cg, cg->cursor, w->else_body->end)) out(cg, " if (1)");
        emit(cg, w->else_body);
        copy_to(cg, w->else_body->end);
        out(cg, " }");
        if (say_resumed) {      /* after the else, so that it stays reachable */
            out(cg, " else ");
            put_resumed(cg, w);
        }
    }
    out(cg, " }");
}

static void emit_return_value(Codegen *cg, Node *j)
{
    if (cg->ret_func != cg->func) {     /* once per function */
        char why[512];
        free(cg->ret_decl);
        /* volatile where defers make the function a setjmp point: the
         * value never crosses a longjmp, but gcc's -Wclobbered cannot tell */
        char name[64];
        snprintf(name, sizeof name, "%s%s", cg->func->has_defer ? "volatile " : "",
                 (prefix(cg), cg->ret_name));
        cg->ret_decl = ret_temp_decl(cg, cg->func, name, &cg->ret_void, why, sizeof why);
        cg->ret_func = cg->func;
        if (!cg->ret_decl) {
            /* a return that leaves defers only: no with-statement to name */
            bool with = false;
            const Action *a = j->exit_head;
            for (int k = 0; k < j->nexits; k++, a = a->outer)
                if (a->kind == ACT_WITH_EXIT) with = true;
            error_at(cg->diag, &j->tok, "cannot tell the return type of this function, which "
                     "'return' inside a %s needs: %s", with ? "with-statement" : "defer's scope",
                     why);
            note_at(cg->diag, &cg->func->tok, "write the return type in the function's header "
                    "without macros, or keep the value in a variable and return it after %s",
                    with ? "the with-statement" : "a block that holds the defer");
        }
    }
    const char *decl = cg->ret_decl, *ret_name = cg->ret_name;
    bool is_void = cg->ret_void;
    if (!decl) return;
    /* a return in a statement expression inside another return's value:
     * a temporary of its own, so that neither hides the other (-Wshadow) */
    char *nested_decl = NULL, nested_name[64];
    if (cg->return_depth > 0 && !is_void) {
        char name[80], why[512];
        bool unused;
        snprintf(nested_name, sizeof nested_name, "%s%d", cg->ret_name, cg->return_depth + 1);
        snprintf(name, sizeof name, "%s%s", cg->func->has_defer ? "volatile " : "", nested_name);
        nested_decl = ret_temp_decl(cg, cg->func, name, &unused, why, sizeof why);
        if (nested_decl) {      /* the outer one was found: so is this one */
            decl = nested_decl;
            ret_name = nested_name;
        }
    }
    copy_to(cg, j->start);
    if (is_void) {
        out(cg, "{ (void)(");
    } else {
        out(cg, "{ ");
        out_str(cg, decl);
        out(cg, " = (");
    }
    put_return_value(cg, j);
    if (!put_exits(cg, j, is_void ? NULL : ret_name)) {
        out(cg, " }");
    } else if (is_void) {
        out(cg, "return; }");
    } else {
        out(cg, "return ");
        out_str(cg, ret_name);
        out(cg, "; }");
    }
    skip_to(cg, j->end);
    free(nested_decl);
}

static void emit_jump(Codegen *cg, Node *j)
{
    if (j->ladder_return && cg->ladder) {
        emit_ladder_return(cg, j);
        return;
    }
    if (j->kind == N_RETURN && j->expr_start < j->expr_end) {
        emit_return_value(cg, j);
        return;
    }
    copy_to(cg, j->start);
    out(cg, "{ ");
    if (put_exits(cg, j, NULL)) {
        copy_to(cg, j->end);
    } else {
        skip_to(cg, j->end);
    }
    out(cg, " }");
}

/* ------------------------------------------------------------- defers
 * `defer S;` becomes, where it stands (K is its number),
 *     { volatile int cwithK_to; const cwith_error *cwithK_err = 0;
 *       cwith_frame cwith_frameK; jmp_buf cwith_jbK; [T cwithK_ret;]
 *       if (0) { cwithK_run:; S DISPATCH }
 *       static const cwith_site cwith_siteK = { cwith_defer_exit_, "x.cw", LINE, "defer", ... };
 *       cwith_enter_(&cwith_frameK, &cwith_siteK, &cwithK_err, &cwith_jbK);
 *       if (cwith_unwinds_) { if (cwith_setjmp(cwith_jbK) != 0) { cwithK_to = -1; goto cwithK_run; } }
 *       { REST OF THE BLOCK  cwith_leave_(&cwith_frameK); cwithK_to = 0; goto cwithK_run; }
 *       cwithK_end:; }
 * S is written once, where it was, so its names mean what they meant
 * there and its lines stay put. Every way out of the rest goes to
 * cwithK_run with its case number; the dispatch after S then goes on: to
 * cwithK_end (0), raising the error again (-1), or with the rest of the
 * jump's actions and the jump itself (1, 2, ...). The rest is a block of
 * its own, so no jump to cwithK_end enters the scope of its declarations.
 * An errdefer has no cases: its statement runs only for -1. */

static bool defer_has_scope(const Node *d)
{
    const Node *p = d->parent;
    return p && (p->kind == N_BLOCK || p->kind == N_FUNC || p->kind == N_STMT_EXPR);
}

/* Does some case of d carry a return value? */
static bool defer_passes_value(const Node *d)
{
    for (int c = 0; c < d->ncases; c++) {
        const Node *j = d->cases[c].jump;
        if (j->kind == N_RETURN && j->expr_start < j->expr_end) return true;
    }
    return false;
}

/* `cwithK_ret` */
static void defer_ret_name(Codegen *cg, const Node *d, char *buf, size_t size)
{
    snprintf(buf, size, "%s%d_ret", prefix(cg), d->id);
}

/* `volatile cwithK_ret`, to declare it (see emit_return_value) */
static void defer_ret_decl_name(Codegen *cg, const Node *d, char *buf, size_t size)
{
    snprintf(buf, size, "volatile %s%d_ret", prefix(cg), d->id);
}

/* Can control reach the end of the defer's block? Not when its last
 * statement cannot complete normally: then no case 0 (for -Wreturn-type);
 * ENDS_RESUMED: only after a with-statement's manager handled an error. */
static Ending block_ending(Codegen *cg, const Node *block)
{
    if (block == cg->last_block) return cg->last_ending;    /* each defer of a block asks */
    cg->last_block = block;
    cg->last_ending = ending(cg, last_statement(cg, block), NULL, NULL);
    return cg->last_ending;
}

/* After the defer's statement: where to go on. */
static void put_dispatch(Codegen *cg, const Node *d, bool has_ret)
{
    char ret[64];
    defer_ret_name(cg, d, ret, sizeof ret);
    for (int c = 0; c < d->ncases; c++) {
        const Node *j = d->cases[c].jump;
        bool value = j->kind == N_RETURN && j->expr_start < j->expr_end && has_ret;
        out(cg, " if (");
        put_local(cg, "", d->id);
        out(cg, "_to == ");
        put_int(cg, c + 1);
        out(cg, ") { ");
        if (put_exits_from(cg, j, d->cases[c].index + 1, d->cases[c].action->outer,
                           value ? ret : NULL)) {
            switch (j->kind) {
            case N_RETURN:
                out(cg, "return");
                if (value) {
                    out(cg, " ");
                    out_str(cg, ret);
                }
                out(cg, ";");
                break;
            case N_GOTO:
                out(cg, "goto ");
                put_name(cg, &j->name);
                out(cg, ";");
                break;
            case N_BREAK: out(cg, "break;"); break;
            default: out(cg, "continue;"); break;
            }
        }
        out(cg, " }");
    }
    Ending e = d->on_error_only ? ENDS_CLOSED : block_ending(cg, d->parent);
    if (e != ENDS_CLOSED) {
        out(cg, " if (");
        if (e == ENDS_RESUMED) {    /* a constant: the compiler sees the rest */
            bool first = true;
            out(cg, "(");
            ending(cg, last_kid(d->parent), cg, &first);
            out(cg, ") && ");
        }
        put_local(cg, "", d->id);
        out(cg, "_to == 0) goto ");
        put_local(cg, "", d->id);
        out(cg, "_end;");
    }
    out(cg, " cwith_defer_reraise_(");
    put_local(cg, "", d->id);
    out(cg, "_err);");
}

static void emit_defer(Codegen *cg, Node *d)
{
    copy_to(cg, d->start);
    if (!defer_has_scope(d)) {
        /* alone in its scope: the statement runs right away (an errdefer
         * never does) */
        skip_before_statement(cg, d->tok.pos + d->tok.len, d->body->start, NULL);
        if (d->on_error_only) {     /* not `;`: gcc's -Wempty-body after if/else */
            out(cg, "{ }");
            skip_to(cg, d->body->end);
        } else {
            emit(cg, d->body);
        }
        return;
    }
    int k = d->id;
    bool has_ret = false;
    /* cwithK_to says where to go on after the statement: not needed (and
     * -Wunused-but-set-variable) when no jump runs it and the end of the
     * block is never reached (`defer S; for (;;) ...`), nor for errdefer */
    bool uses_to = !d->on_error_only &&
                   (d->ncases > 0 || block_ending(cg, d->parent) != ENDS_CLOSED);
    out(cg, "{ ");
    if (uses_to) {                    /* volatile: set again after a longjmp */
        out(cg, "volatile int ");
        put_local(cg, "", k);
        out(cg, "_to; ");
    }
    out(cg, "const cwith_error *");
    put_local(cg, "", k);
    out(cg, "_err = 0; cwith_frame ");
    put_local(cg, "_frame", k);
    out(cg, "; jmp_buf ");
    put_local(cg, "_jb", k);
    out(cg, "; ");
    if (defer_passes_value(d)) {
        char ret[64], why[512];
        bool is_void;
        defer_ret_decl_name(cg, d, ret, sizeof ret);
        char *decl = ret_temp_decl(cg, cg->func, ret, &is_void, why, sizeof why);
        if (decl && !is_void) {
            out_str(cg, decl);
            out(cg, "; ");
            has_ret = true;
        }
        free(decl);     /* NULL: the return reports it */
    }
    /* every declaration before the first statement (gcc's and clang's
     * -Wdeclaration-after-statement) */
    Place p = place_of(cg->src, cg->lines, d->tok.pos, d->tok.line);
    out(cg, "static const cwith_site ");
    put_local(cg, "_site", k);
    out(cg, " = { cwith_defer_exit_, ");
    if (p.file) put(cg, p.file, p.file_len);
    else put_string_literal(cg, cg->src->name);
    out(cg, ", ");
    put_int(cg, p.line);
    out(cg, ", \"");
    out_str(cg, d->on_error_only ? "errdefer" : "defer");
    out(cg, "\", cwith_site_magic }; if (0) { ");
    put_local(cg, "", k);
    out(cg, "_run:; ");
    skip_before_statement(cg, d->tok.pos + d->tok.len, d->body->start, NULL);
    emit(cg, d->body);
    copy_to(cg, d->body->end);
    put_dispatch(cg, d, has_ret);
    out(cg, " } cwith_enter_(&");
    put_local(cg, "_frame", k);
    out(cg, ", &");
    put_local(cg, "_site", k);
    out(cg, ", &");
    put_local(cg, "", k);
    out(cg, "_err, &");
    put_local(cg, "_jb", k);
    out(cg, "); if (cwith_unwinds_) { if (cwith_setjmp(");
    put_local(cg, "_jb", k);
    out(cg, ") != 0) { ");
    if (uses_to) {
        put_local(cg, "", k);
        out(cg, "_to = -1; ");
    }
    out(cg, "cwith_defer_unwinding_(");
    put_local(cg, "", k);
    out(cg, "_err); goto ");
    put_local(cg, "", k);
    out(cg, "_run; } } {");
}

/* At the end of a block: close the scopes of its defers, innermost first. */
static void emit_defer_ends(Codegen *cg, Node *block)
{
    VEC(const Node *) defers = { 0 };
    for (const Node *k = block->kids; k; k = k->next)
        if (k->kind == N_DEFER && defer_has_scope(k)) vec_push(&defers, k);
    if (defers.n == 0) return;
    /* a statement macro without ';' last (`FOO }`) gets one: the code
     * after it must not join it (`defer cwith_leave_(...)` would read as a
     * defer statement) */
    const Node *last = last_kid(block);
    if (last && last->kind == N_SIMPLE && last->end > last->start &&
        cg->src->text[last->end - 1] != ';') {
        copy_to(cg, last->end);
        out(cg, ";");
    }
    copy_to(cg, block->close_pos);
    bool falls_through = block_ending(cg, block) != ENDS_CLOSED;
    for (size_t i = defers.n; i-- > 0;) {
        const Node *d = defers.v[i];
        if (falls_through) {
            out(cg, " cwith_leave_(&");
            put_local(cg, "_frame", d->id);
            out(cg, ");");
            if (!d->on_error_only) {
                out(cg, " ");
                put_local(cg, "", d->id);
                out(cg, "_to = 0; goto ");
                put_local(cg, "", d->id);
                out(cg, "_run;");
            }
        }
        out(cg, " }");
        if (!d->on_error_only && falls_through) {
            out(cg, " ");
            put_local(cg, "", d->id);
            out(cg, "_end:;");
        }
        out(cg, " } ");
    }
    vec_free(&defers);
}

static void emit(Codegen *cg, Node *n)
{
    copy_to(cg, n->start);
    switch (n->kind) {
    case N_WITH:
        emit_with(cg, n);
        return;
    case N_DEFER:
        emit_defer(cg, n);
        return;
    case N_BLOCK: case N_STMT_EXPR:
        emit_children(cg, n);
        emit_defer_ends(cg, n);
        return;
    case N_GOTO: case N_BREAK: case N_CONTINUE: case N_RETURN:
        if (n->nexits > 0) {
            emit_jump(cg, n);
            return;
        }
        break;
    case N_FUNC: {
        Node *outer = cg->func;
        const Node *outer_rett = cg->rett_func;
        char *outer_rett_decl = cg->rett_decl;
        bool outer_rett_void = cg->rett_void;
        char outer_rett_name[sizeof cg->rett_name];
        memcpy(outer_rett_name, cg->rett_name, sizeof outer_rett_name);
        cg->func = n;
        if (outer) {
            cg->rett_decl = NULL;
            cg->func_depth++;
            plan_return_type(cg, n);
        }
        if (cg->rett_func == n && cg->rett_decl) {
            copy_to(cg, body_open_end(cg, n));
            out(cg, " typedef ");
            out_str(cg, cg->rett_decl);
            out(cg, ";");
        }
        if (cg->ladder && !cg->lret_void && !outer) {   /* the ladder's value */
            copy_to(cg, body_open_end(cg, n));
            out(cg, " ");
            out_str(cg, cg->lret_decl);
            out(cg, ";");
        }
        emit_children(cg, n);
        emit_defer_ends(cg, n);
        cg->func = outer;
        if (outer) {
            free(cg->rett_decl);
            cg->rett_func = outer_rett;
            cg->rett_decl = outer_rett_decl;
            cg->rett_void = outer_rett_void;
            memcpy(cg->rett_name, outer_rett_name, sizeof outer_rett_name);
            cg->func_depth--;
        }
        return;
    }
    default:
        break;
    }
    emit_children(cg, n);
}

/* ------------------------------------------------------------- driver */

Codegen *codegen_new(const Source *src, const LineMap *lines, const Macros *macros,
                     const MacroIndex *headers, const Directives *directives,
                     Diag *diag, const cwith_options *opt, FILE *out)
{
    Codegen *cg = xmalloc(sizeof *cg);
    memset(cg, 0, sizeof *cg);
    cg->src = src;
    cg->lines = lines;
    cg->macros = macros;
    cg->headers = headers;
    cg->directives = directives;
    cg->diag = diag;
    cg->out = out;
    vec_reserve(&cg->block, BLOCK_SIZE);
    /* a UTF-8 byte-order mark stays first: the compiler skips it only there */
    if (src->size >= 3 && !memcmp(src->text, "\xEF\xBB\xBF", 3)) {
        put(cg, src->text, 3);
        cg->cursor = 3;
    }
    if (opt->line_directives) {
        out(cg, "#line 1 ");
        put_string_literal(cg, src->name);
        out(cg, "\n");
    }
    return cg;
}

void codegen_function(Codegen *cg, Node *func)
{
    cg->top_func = func;
    cg->exits_written = 0;
    cg->takes = func->takes;
    cg->ntakes = func->ntakes;
    cg->next_take = 0;
    plan_return_type(cg, func);
    plan_ladder(cg, func);
    emit(cg, func);
    if (cg->ntakes) copy_to(cg, func->end);     /* the takes live in func's arena */
    cg->ntakes = 0;
    free(cg->ret_decl);         /* the tree (and func) is freed next */
    cg->ret_decl = NULL;
    free(cg->lret_decl);
    cg->lret_decl = NULL;
    free(cg->rett_decl);
    cg->rett_decl = NULL;
    cg->rett_func = NULL;
    cg->ladder = false;
    cg->ret_func = NULL;
    cg->names_func = NULL;
    cg->last_block = NULL;
}

bool codegen_finish(Codegen *cg)
{
    copy_to(cg, cg->src->size);
    flush_block(cg);
    return !cg->write_failed;
}

void codegen_free(Codegen *cg)
{
    if (!cg) return;
    free(cg->ret_decl);
    free(cg->lret_decl);
    free(cg->rett_decl);
    void_typedefs_free(&cg->void_typedefs);
    vec_free(&cg->block);
    vec_free(&cg->conds_before);
    free(cg);
}
