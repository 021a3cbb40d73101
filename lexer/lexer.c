/* lexer.c: bytes -> raw tokens.
 *
 * cwith is an island translator: it only needs C's token boundaries, never
 * the preprocessor's meaning, because every byte it does not rewrite is
 * copied from the input. So this scanner:
 *   - skips whitespace, comments and line splices (trivia);
 *   - treats a preprocessor line as one piece of trivia, except that the
 *     conditionals (#if ... #endif) decide which branches the parser sees;
 *   - classifies tokens only as far as the filter and the parser need.
 *
 * It is written by hand (it was a flex scanner, whose rules it keeps, each
 * token the longest match): it reads the source in place, needs no copy of
 * it and no terminating NUL, and costs a few instructions per byte.
 *
 * Conditionals. The parser sees every branch of an #if group while the
 * branches keep braces and parentheses balanced (the usual case: whole
 * statements in each branch). When a branch leaves them unbalanced (say
 * `if (a) {` / `#else` / `if (b) {`), the parser sees that branch only; the
 * others are skipped, checked to leave the same imbalance, and recorded so
 * that the analysis can refuse a with-statement whose correctness would
 * depend on them. `#if 0` groups are never parsed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "translator.h"

typedef struct Cond {
    int brace0, paren0;         /* depths when the group started */
    bool parent_skipping;       /* the whole group is skipped */
    bool passed_any;            /* some branch went to the parser */
    bool skipping;              /* the current branch is skipped */
    bool if0;                   /* ... because it is `#if 0` (not checked) */
    int expect_brace, expect_paren;   /* imbalance of the parsed branch */
    int skip_brace, skip_paren;       /* imbalance of the skipped branch */
    SkippedRegion region;
    size_t if_pos;              /* its #if line, for lexer_open_group */
    int if_line;
    bool had_else;              /* an #else or #elif */
} Cond;

struct Lexer {
    const Source *src;
    const char *text;                 /* src->text */
    size_t cur;                       /* where scanning goes on */
    bool bol;                         /* cur is at the start of a line: the
                                         last piece read ended in '\n' (or
                                         scanning started or restarted) */
    int line;
    size_t line_start;
    int brace_depth, paren_depth;     /* of tokens given to the parser */
    VEC(Cond) conds;
    /* current directive */
    size_t dir_start, dir_name_end;
    int dir_line;
    char dir_name[16];
    SkippedRegions skipped;
    Directives directives;
    LineMap *lines;                   /* #line directives go here, or NULL */
    Macros *macros;                   /* #defines go here, or NULL */
    bool spliced;                     /* the current token holds a line splice */
    bool token_on_line;               /* a token since the last line end: a '#'
                                         now is no directive */
    size_t unread_name;               /* a directive's or #define's name split
                                         by a line splice (its offset), or 0 */
    size_t ucn_define;                /* a #define's name with a universal
                                         character name (its offset), or 0 */
    bool skipped_with;                /* the last skipped token was `with` */
    bool skipped_defer;               /* ... `defer`, `errdefer` or `_Defer` */
    bool skipped_take;                /* ... `cwith_take` */
    bool skipped_reserved;            /* ... `_Defer` */
    bool skipped_name;                /* ... a name (then ':' is a label) */
    int skipped_questions;            /* `?` not yet matched by ':' since the
                                         last ';', '{' or '}' skipped */
    bool mismatch;
    Token mismatch_tok;
    bool open_group;                  /* a group without #else left braces open */
    Token open_group_tok;
    size_t base;                      /* offset added to positions (lex_range) */
    Token *out;                       /* where the current token goes */
};

static void newlines(struct Lexer *lx, const char *s, size_t n, size_t pos);
static int spliced_word_kind(const char *text, size_t len);
static size_t raw_string_end(const struct Lexer *lx, size_t start, size_t head);
static void restart_at(struct Lexer *lx, size_t pos);
static void directive_end(struct Lexer *lx, size_t end);
static bool skipping(const struct Lexer *lx);
static bool name_char(char c);
static void skip_token(struct Lexer *lx, int raw, const char *text, size_t len);

/* Hand a token to the filter, or account for it in a skipped branch. */
static inline bool emit_token(struct Lexer *lx, int raw, const char *text, size_t len);

/* ------------------------------------------------------------- scanning */

/* Byte classes: what a byte can start, and which bytes continue a word. */
enum { C_OTHER, C_BLANK, C_NL, C_WORD, C_DIGIT, C_PUNCT, C_QUOTE, C_SLASH, C_BACKSLASH, C_DOT };
#define ROW8(a, k) [a] = k, [a + 1] = k, [a + 2] = k, [a + 3] = k, [a + 4] = k, [a + 5] = k, \
                   [a + 6] = k, [a + 7] = k
static const unsigned char byte_class[256] = {
    [' '] = C_BLANK, ['\t'] = C_BLANK, ['\f'] = C_BLANK, ['\v'] = C_BLANK, ['\r'] = C_BLANK,
    ['\n'] = C_NL,
    ROW8('0', C_DIGIT), ['8'] = C_DIGIT, ['9'] = C_DIGIT,
    ROW8('A', C_WORD), ROW8('A' + 8, C_WORD), ROW8('A' + 16, C_WORD), ['Y'] = C_WORD,
    ['Z'] = C_WORD, ROW8('a', C_WORD), ROW8('a' + 8, C_WORD), ROW8('a' + 16, C_WORD),
    ['y'] = C_WORD, ['z'] = C_WORD, ['_'] = C_WORD, ['$'] = C_WORD,
    ROW8(0x80, C_WORD), ROW8(0x88, C_WORD), ROW8(0x90, C_WORD), ROW8(0x98, C_WORD),
    ROW8(0xA0, C_WORD), ROW8(0xA8, C_WORD), ROW8(0xB0, C_WORD), ROW8(0xB8, C_WORD),
    ROW8(0xC0, C_WORD), ROW8(0xC8, C_WORD), ROW8(0xD0, C_WORD), ROW8(0xD8, C_WORD),
    ROW8(0xE0, C_WORD), ROW8(0xE8, C_WORD), ROW8(0xF0, C_WORD), ROW8(0xF8, C_WORD),
    ['('] = C_PUNCT, [')'] = C_PUNCT, ['['] = C_PUNCT, [']'] = C_PUNCT, ['{'] = C_PUNCT,
    ['}'] = C_PUNCT, [';'] = C_PUNCT, [':'] = C_PUNCT, [','] = C_PUNCT, ['*'] = C_PUNCT,
    ['='] = C_PUNCT, ['?'] = C_PUNCT, ['&'] = C_PUNCT, ['+'] = C_PUNCT, ['-'] = C_PUNCT,
    ['<'] = C_PUNCT, ['>'] = C_PUNCT, ['%'] = C_PUNCT, ['!'] = C_PUNCT, ['|'] = C_PUNCT,
    ['^'] = C_PUNCT,
    ['"'] = C_QUOTE, ['\''] = C_QUOTE, ['/'] = C_SLASH, ['\\'] = C_BACKSLASH, ['.'] = C_DOT,
};

/* The byte at i, or NUL past the end (the source need not be terminated). */
static inline unsigned char at(const struct Lexer *lx, size_t i)
{
    return i < lx->src->size ? (unsigned char)lx->text[i] : 0;
}

static bool is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* Length of the line splice (backslash, [CR,] LF) at i, or 0. */
static size_t splice_at(const struct Lexer *lx, size_t i)
{
    if (at(lx, i) != '\\') return 0;
    if (at(lx, i + 1) == '\n' && i + 1 < lx->src->size) return 2;
    if (at(lx, i + 1) == '\r' && at(lx, i + 2) == '\n' && i + 2 < lx->src->size) return 3;
    return 0;
}

/* Length of the universal character name (\uXXXX, \UXXXXXXXX) at i, or 0. */
static size_t ucn_at(const struct Lexer *lx, size_t i)
{
    unsigned char u = at(lx, i + 1);
    size_t n = u == 'u' ? 4 : u == 'U' ? 8 : 0;
    if (at(lx, i) != '\\' || n == 0 || i + 2 + n > lx->src->size) return 0;
    for (size_t k = 0; k < n; k++)
        if (!is_hex(at(lx, i + 2 + k))) return 0;
    return n + 2;
}

/* Length of the letter or digit of a word at i (a UCN is one), or 0. */
static size_t word_char_at(const struct Lexer *lx, size_t i)
{
    if (i >= lx->src->size) return 0;
    unsigned char k = byte_class[(unsigned char)lx->text[i]];
    if (k == C_WORD || k == C_DIGIT) return 1;
    return k == C_BACKSLASH ? ucn_at(lx, i) : 0;
}

/* The end of a word's letters and digits from i. */
static size_t word_end(const struct Lexer *lx, size_t i)
{
    const char *s = lx->text;
    size_t size = lx->src->size;
    for (;;) {
        while (i < size && (byte_class[(unsigned char)s[i]] == C_WORD ||
                            byte_class[(unsigned char)s[i]] == C_DIGIT))
            i++;
        size_t n = i < size && s[i] == '\\' ? ucn_at(lx, i) : 0;
        if (n == 0) return i;
        i += n;
    }
}

/* The end of the line from i: its '\n' (or the input's end), line splices
 * continuing it. */
static size_t line_end_from(const struct Lexer *lx, size_t i)
{
    size_t size = lx->src->size;
    while (i < size && lx->text[i] != '\n') {
        if (lx->text[i] == '\\') {
            /* only a splice continues the line; any other \ is one byte
             * (`// a \\` + newline: the second \ splices, as in phase 2) */
            size_t sp = splice_at(lx, i);
            i += sp ? sp : 1;
        } else {
            i++;
        }
    }
    return i;
}

/* The end of the block comment that opens at i (just after it), or 0 if
 * it does not end. */
static size_t block_comment_end(const struct Lexer *lx, size_t i)
{
    const char *s = lx->text, *p;
    for (size_t j = i + 2; (p = memchr(s + j, '/', lx->src->size - j)) != NULL;) {
        size_t k = (size_t)(p - s);
        if (k >= i + 3 && s[k - 1] == '*') return k + 1;
        j = k + 1;
    }
    return 0;
}

/* The end of `// ...` from i (at the first '/'). */
static size_t line_comment_end(const struct Lexer *lx, size_t i)
{
    return line_end_from(lx, i + 2);
}

/* The end of the quoted literal whose opening quote is at i (after the
 * quote that closes it), or 0 if it does not close on its line. */
static size_t quoted_end(const struct Lexer *lx, size_t i)
{
    const char *s = lx->text;
    size_t size = lx->src->size;
    char q = s[i];
    for (i++; i < size; i++) {
        char c = s[i];
        if (c == q) return i + 1;
        if (c == '\n') return 0;
        if (c == '\\') {
            size_t sp = splice_at(lx, i);
            if (sp) {
                i += sp - 1;
                continue;
            }
            /* an escape: the byte it escapes comes after any splices
             * (`"a\\` + newline + `n"` is "a\n": splices go first) */
            size_t j = i + 1;
            while ((sp = splice_at(lx, j)) != 0) j += sp;
            if (j >= size || s[j] == '\n') return 0;
            i = j;
        }
    }
    return 0;
}

/* The end of the pp-number at i (a digit, or '.' and a digit). */
static size_t number_end(const struct Lexer *lx, size_t i)
{
    if (lx->text[i] == '.') i++;
    for (i++;;) {
        unsigned char c = at(lx, i), next = at(lx, i + 1);
        bool in = i < lx->src->size;
        if (in && (c == 'e' || c == 'E' || c == 'p' || c == 'P') && (next == '+' || next == '-') &&
            i + 1 < lx->src->size)
            i += 2;
        else if (in && (byte_class[c] == C_WORD || byte_class[c] == C_DIGIT || c == '.') &&
                 c != '$')
            i++;
        else if (in && c == '\'' && i + 1 < lx->src->size &&
                 (byte_class[next] == C_DIGIT || (byte_class[next] == C_WORD && next < 0x80 &&
                                                  next != '$')))
            i += 2;                             /* a digit separator and what follows */
        else
            return i;
    }
}

static bool word_is(const char *w, size_t n, const char *lit)
{
    return strlen(lit) == n && !memcmp(w, lit, n);
}

/* A byte of a raw string's delimiter: not a blank, parenthesis, backslash
 * or quote. */
static bool raw_delimiter_char(char c)
{
    return !(c == ' ' || c == '(' || c == ')' || c == '\\' || c == '\t' || c == '\v' ||
             c == '\f' || c == '\r' || c == '\n' || c == '"');
}

/* The kind of a word without splices: a keyword's, or R_IDENT. Keywords
 * are looked up among those of the word's length. */
static int word_kind(const char *w, size_t n)
{
#define KW(lit, kind) if (!memcmp(w, lit, n)) return kind
    switch (n) {
    case 2: KW("if", R_IF); KW("do", R_DO); break;
    case 3: KW("for", R_FOR); KW("asm", R_ASM); break;
    case 4: KW("else", R_ELSE); KW("case", R_CASE); KW("goto", R_GOTO); KW("enum", R_TAG); break;
    case 5:
        KW("while", R_WHILE); KW("break", R_BREAK); KW("union", R_TAG); KW("__asm", R_ASM);
        break;
    case 6:
        KW("return", R_RETURN); KW("struct", R_TAG); KW("sizeof", R_EXPR_KW);
        KW("switch", R_SWITCH); KW("inline", R_ASM_QUAL); KW("extern", R_EXTERN);
        break;
    case 7:
        KW("default", R_DEFAULT); KW("__asm__", R_ASM); KW("alignas", R_ATTR);
        KW("alignof", R_EXPR_KW);
        break;
    case 8:
        KW("continue", R_CONTINUE); KW("volatile", R_ASM_QUAL); KW("__inline", R_ASM_QUAL);
        KW("_Alignas", R_ATTR); KW("_Alignof", R_EXPR_KW); KW("_Generic", R_EXPR_KW);
        break;
    case 9: KW("__alignof", R_EXPR_KW); break;
    case 10:
        KW("__volatile", R_ASM_QUAL); KW("__inline__", R_ASM_QUAL); KW("__declspec", R_ATTR);
        break;
    case 11: KW("__attribute", R_ATTR); KW("__alignof__", R_EXPR_KW); break;
    case 12: KW("__volatile__", R_ASM_QUAL); break;
    case 13: KW("__attribute__", R_ATTR); break;
    default: break;
    }
#undef KW
    return R_IDENT;
}

/* The kind and length of the punctuator at i (never 0 bytes). */
static int punct_at(const struct Lexer *lx, size_t i, size_t *len)
{
    unsigned char c = at(lx, i), d = at(lx, i + 1), e = at(lx, i + 2);
    if (i + 1 >= lx->src->size) d = e = 0;
    else if (i + 2 >= lx->src->size) e = 0;
    *len = 1;
    switch (c) {
    case '(': return R_LPAREN;
    case ')': return R_RPAREN;
    case '[': return R_LBRACK;
    case ']': return R_RBRACK;
    case '{': return R_LBRACE;
    case '}': return R_RBRACE;
    case ';': return R_SEMI;
    case ',': return R_COMMA;
    case '?': return R_QUESTION;
    case ':':
        if (d == '>') return *len = 2, R_RBRACK;
        if (d == ':') return *len = 2, R_BINARY;
        return R_COLON;
    case '*':
        if (d == '=') return *len = 2, R_BINARY;
        return R_STAR;
    case '=':
        if (d == '=') return *len = 2, R_BINARY;
        return R_ASSIGN;
    case '&':
        if (d == '&') return *len = 2, R_ANDAND;
        if (d == '=') return *len = 2, R_BINARY;
        return R_AMP_OR_SIGN;
    case '+': case '-':
        if (d == c) return *len = 2, R_AMP_OR_SIGN;
        if (d == '=' || (c == '-' && d == '>')) return *len = 2, R_BINARY;
        return R_AMP_OR_SIGN;
    case '<':
        if (d == ':') return *len = 2, R_LBRACK;
        if (d == '%') return *len = 2, R_LBRACE;
        if (d == '<') return *len = e == '=' ? 3 : 2, R_BINARY;
        if (d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '>':
        if (d == '>') return *len = e == '=' ? 3 : 2, R_BINARY;
        if (d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '%':
        if (d == '>') return *len = 2, R_RBRACE;
        if (d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '!':
        if (d == '=') return *len = 2, R_BINARY;
        return R_OTHER;
    case '|':
        if (d == '|' || d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '^':
        if (d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '/':
        if (d == '=') return *len = 2, R_BINARY;
        return R_BINARY;
    case '.':
        if (d == '.' && e == '.') return *len = 3, R_BINARY;
        return R_BINARY;
    default:
        return R_OTHER;
    }
}

/* Whether a line splice at i continues a name (a letter, digit or _ after it). */
static bool spliced_name_at(const char *s, size_t i, size_t size)
{
    if (i >= size || s[i] != '\\') return false;
    i++;
    if (i < size && s[i] == '\r') i++;
    return i + 1 < size && s[i] == '\n' && name_char(s[i + 1]);
}

/* A preprocessor line whose '#' (or "%:") is at hash, its line beginning
 * at start: note its name, skip the rest as trivia, handle it at its end.
 * Returns false if the input ended inside it. */
static bool directive(struct Lexer *lx, size_t start, size_t hash)
{
    const char *s = lx->text;
    size_t size = lx->src->size;
    size_t i = hash + (s[hash] == '#' ? 1 : 2);
    while (i < size && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\v')) i++;
    size_t name = i;
    /* the name is a whole identifier: `#if0` and `#ifdef$X` are no #if
     * (gcc: invalid directives, nothing in a skipped group); it does not
     * begin with a digit (`# 12 "file"` is a line marker) */
    if (i < size && byte_class[(unsigned char)s[i]] == C_WORD)
        while (i < size && (byte_class[(unsigned char)s[i]] == C_WORD ||
                            byte_class[(unsigned char)s[i]] == C_DIGIT))
            i++;
    lx->dir_start = start;
    lx->dir_line = lx->line;
    lx->dir_name_end = i;
    size_t n = i - name;
    const char *p = s + name;
    if (n == 0) {   /* a splice or a comment before the name: it comes later */
        size_t j = skip_directive_blanks(s, i, size), b = j;
        bool letter = j < size && (s[j] == '_' || ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'));
        while (letter && j < size && name_char(s[j])) j++;
        p = s + b;
        n = j - b;
        lx->dir_name_end = j;
    }
    /* a splice inside the name (#def\ + newline + ine): cwith would read a
     * shorter name; the driver refuses the file if it holds a with-statement */
    if (spliced_name_at(s, lx->dir_name_end, size) && !lx->unread_name)
        lx->unread_name = lx->dir_name_end;
    if (n >= sizeof lx->dir_name) {     /* longer than any directive's */
        p = "?";
        n = 1;
    }
    memcpy(lx->dir_name, p, n);
    lx->dir_name[n] = 0;
    /* the rest of the line: splices, comments and literals may hide its end */
    while (i < size) {
        char c = s[i];
        if (c == '\n') {
            directive_end(lx, i);
            newlines(lx, s + i, 1, i);
            lx->cur = i + 1;
            lx->bol = true;
            lx->token_on_line = false;
            return true;
        }
        size_t end = i + 1;
        if (c == '\\') {
            end = i + (splice_at(lx, i) ? splice_at(lx, i) : 1);
        } else if (c == '/' && at(lx, i + 1) == '*' && i + 1 < size) {
            end = block_comment_end(lx, i);
            if (!end) {                         /* the input ends in the comment */
                newlines(lx, s + i, size - i, i);
                break;
            }
        } else if (c == '/' && at(lx, i + 1) == '/' && i + 1 < size) {
            end = line_comment_end(lx, i);
        } else if (c == '"' || c == '\'') {
            end = quoted_end(lx, i);
            if (!end) end = line_end_from(lx, i + 1);   /* unclosed: to the line's end */
        } else {
            while (end < size && s[end] != '\n' && s[end] != '\\' && s[end] != '/' &&
                   s[end] != '"' && s[end] != '\'')
                end++;
        }
        if (c == '\\' || c == '/' || c == '"' || c == '\'') newlines(lx, s + i, end - i, i);
        i = end;
    }
    directive_end(lx, size);
    lx->cur = size;
    return false;
}

/* The next token handed to the filter: its kind, or 0 at the end. */
static int scan(struct Lexer *lx)
{
    const char *s = lx->text;
    size_t size = lx->src->size;
    for (;;) {
        size_t i = lx->cur;
        if (i >= size) return 0;
        unsigned char c = (unsigned char)s[i];
        if (lx->bol) {          /* a directive, or indentation (trivia) */
            lx->bol = false;
            size_t j = i;
            while (j < size && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f' || s[j] == '\v')) j++;
            if (j < size && (s[j] == '#' || (s[j] == '%' && j + 1 < size && s[j + 1] == ':')) &&
                !lx->token_on_line) {
                if (!directive(lx, i, j)) return 0;
                continue;
            }
            if (j > i) {
                lx->cur = j;
                continue;
            }
        }
        int kind;
        size_t end;
        switch (byte_class[c]) {
        case C_BLANK:
            for (i++; i < size && byte_class[(unsigned char)s[i]] == C_BLANK; i++)
                continue;
            lx->cur = i;
            continue;
        case C_NL:
            newlines(lx, s + i, 1, i);
            lx->cur = i + 1;
            lx->bol = true;
            lx->token_on_line = false;
            continue;
        case C_SLASH:
            if (at(lx, i + 1) == '*' && i + 1 < size) {
                size_t j = block_comment_end(lx, i);
                if (j == 0) {       /* unterminated: the rest is a comment */
                    newlines(lx, s + i, size - i, i);
                    lx->cur = size;
                    return 0;
                }
                newlines(lx, s + i, j - i, i);
                lx->cur = j;
                continue;
            }
            if (at(lx, i + 1) == '/' && i + 1 < size) {
                end = line_comment_end(lx, i);
                newlines(lx, s + i, end - i, i);
                lx->cur = end;
                lx->bol = s[end - 1] == '\n';
                continue;
            }
            kind = punct_at(lx, i, &end);
            end += i;
            break;
        case C_QUOTE:
            end = quoted_end(lx, i);
            if (end) {
                kind = c == '"' ? R_STRING : R_CHAR;
            } else {    /* unclosed: the rest of the line, as for the compiler (a
                         * comment does not begin in it; #if 0 text: don't) */
                kind = R_OTHER;
                end = line_end_from(lx, i + 1);
                lx->spliced = true;     /* its line splices are counted */
            }
            break;
        case C_DIGIT:
            kind = R_NUMBER;
            end = number_end(lx, i);
            break;
        case C_DOT:
            if (byte_class[at(lx, i + 1)] == C_DIGIT && i + 1 < size) {
                kind = R_NUMBER;
                end = number_end(lx, i);
            } else {
                kind = punct_at(lx, i, &end);
                end += i;
            }
            break;
        case C_BACKSLASH: {
            size_t sp = splice_at(lx, i);
            if (sp) {
                newlines(lx, s + i, sp, i);
                lx->cur = i + sp;
                lx->bol = true;
                continue;
            }
            if (!ucn_at(lx, i)) {
                kind = R_OTHER;
                end = i + 1;
                break;
            }
            /* a word that begins with a universal character name */
        }
        /* fall through */
        case C_WORD: {
            end = word_end(lx, i);
            size_t n = end - i;
            /* a literal's prefix: u8"", L'', R"d(...)d", u8R"(...)" */
            unsigned char q = at(lx, end);
            if ((q == '"' || q == '\'') && end < size && n <= 3) {
                bool prefix = word_is(s + i, n, "u") || word_is(s + i, n, "U") ||
                              word_is(s + i, n, "L") || word_is(s + i, n, "u8");
                bool raw = q == '"' && (word_is(s + i, n, "R") || word_is(s + i, n, "uR") ||
                                        word_is(s + i, n, "UR") || word_is(s + i, n, "LR") ||
                                        word_is(s + i, n, "u8R"));
                if (prefix) {
                    size_t e = quoted_end(lx, end);
                    if (e) {
                        kind = q == '"' ? R_STRING : R_CHAR;
                        end = e;
                        break;
                    }
                } else if (raw) {
                    size_t d = end + 1;     /* the delimiter: up to 16 bytes */
                    while (d < size && d - end - 1 < 16 && raw_delimiter_char(s[d])) d++;
                    if (d < size && s[d] == '(') {
                        size_t e = raw_string_end(lx, i, d + 1 - i);
                        if (e == 0) {
                            kind = R_IDENT;     /* R alone, the scanner goes on after it */
                            end = i + 1;
                            break;
                        }
                        restart_at(lx, e);
                        if (emit_token(lx, R_STRING, s + i, e - i)) return R_STRING;
                        continue;
                    }
                }
            }
            /* a word split by line splices */
            size_t sp = splice_at(lx, end);
            if (sp) {
                size_t j = end;
                for (;;) {
                    size_t k = j, one;
                    while ((one = splice_at(lx, k)) != 0) k += one;
                    if (k == j || !word_char_at(lx, k)) break;
                    j = word_end(lx, k);
                }
                if (j > end) {
                    end = j;
                    kind = spliced_word_kind(s + i, end - i);
                    lx->spliced = true;
                    break;
                }
            }
            kind = word_kind(s + i, n);
            break;
        }
        case C_PUNCT:
            if (c == '%' && at(lx, i + 1) == ':' && i + 1 < size && !lx->token_on_line) {
                if (!directive(lx, i, i)) return 0;     /* after a comment on its line */
                continue;
            }
            kind = punct_at(lx, i, &end);
            end += i;
            break;
        default:
            if (c == '#' && !lx->token_on_line) {
                if (!directive(lx, i, i)) return 0;     /* after a comment on its line */
                continue;
            }
            kind = R_OTHER;
            end = i + 1;
            break;
        }
        lx->cur = end;
        if (emit_token(lx, kind, s + i, end - i)) return kind;
    }
}

static void newlines(struct Lexer *lx, const char *s, size_t n, size_t pos)
{
    for (const char *p = s, *e = s + n; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++) {
        lx->line++;
        lx->line_start = pos + (size_t)(p - s) + 1;
    }
}

/* The end of the raw string whose head `R"delim(` is src[start, start+head),
 * just after its `)delim"`; 0 if it does not end. */
static size_t raw_string_end(const struct Lexer *lx, size_t start, size_t head)
{
    const char *s = lx->src->text;
    size_t size = lx->src->size;
    const char *quote = memchr(s + start, '"', head);
    size_t dlen = (size_t)(s + start + head - 1 - quote - 1);      /* between " and ( */
    for (size_t i = start + head; i + dlen + 1 < size; i++) {
        if (s[i] == ')' && !memcmp(s + i + 1, quote + 1, dlen) && s[i + 1 + dlen] == '"')
            return i + dlen + 2;
    }
    return 0;
}

/* Goes on scanning at pos, as at the start of a line. */
static void restart_at(struct Lexer *lx, size_t pos)
{
    lx->cur = pos;
    lx->bol = true;
}

/* The kind of a word written with line splices inside (`retu\` newline
 * `rn` is the keyword return): the same as the word without them. */
static int spliced_word_kind(const char *text, size_t len)
{
    static const struct { char word[16]; int kind; } keywords[] = {
        { "if", R_IF }, { "else", R_ELSE }, { "while", R_WHILE }, { "do", R_DO },
        { "for", R_FOR }, { "switch", R_SWITCH }, { "case", R_CASE },
        { "default", R_DEFAULT }, { "return", R_RETURN }, { "break", R_BREAK },
        { "continue", R_CONTINUE }, { "goto", R_GOTO }, { "struct", R_TAG },
        { "union", R_TAG }, { "enum", R_TAG }, { "__attribute__", R_ATTR },
        { "__attribute", R_ATTR }, { "asm", R_ASM }, { "__asm__", R_ASM },
        { "__asm", R_ASM }, { "extern", R_EXTERN }, { "sizeof", R_EXPR_KW },
        { "volatile", R_ASM_QUAL }, { "inline", R_ASM_QUAL },
    };
    char word[16];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\\' || text[i] == '\r' || text[i] == '\n') continue;
        if (n + 1 == sizeof word) return R_IDENT;
        word[n++] = text[i];
    }
    word[n] = 0;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (!strcmp(word, keywords[i].word)) return keywords[i].kind;
    return R_IDENT;
}

static inline bool emit_token(struct Lexer *lx, int raw, const char *text, size_t len)
{
    size_t pos = (size_t)(text - lx->text);
    bool skip = skipping(lx);
    lx->token_on_line = true;
    if (skip) {
        skip_token(lx, raw, text, len);
    } else {
        Token *t = lx->out;
        t->raw = raw;
        t->kind = 0;
        t->pos = pos + lx->base;
        t->len = (unsigned)len;
        t->line = lx->line;
        t->col = (int)(pos - lx->line_start) + 1;
        t->aux = 0;
        lx->skipped_with = lx->skipped_defer = lx->skipped_take = lx->skipped_reserved = false;
        lx->skipped_name = false;
        switch (raw) {
        case R_LBRACE: lx->brace_depth++; break;
        case R_RBRACE: lx->brace_depth--; break;
        case R_LPAREN: lx->paren_depth++; break;
        case R_RPAREN: lx->paren_depth--; break;
        default: break;
        }
    }
    if (raw == R_STRING || raw == R_CHAR || lx->spliced)
        newlines(lx, text, len, pos);     /* tokens that may hold line splices */
    lx->spliced = false;
    return !skip;
}


static bool skipping(const struct Lexer *lx)
{
    return lx->conds.n > 0 && lx->conds.v[lx->conds.n - 1].skipping;
}

/* Is text (a word, perhaps split by line splices) `with`? */
static bool is_with_word(const char *text, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\\' || text[i] == '\r' || text[i] == '\n') continue;
        if (n == 4 || text[i] != "with"[n]) return false;
        n++;
    }
    return n == 4;
}

/* Is text (a word, perhaps split by line splices) `defer`, `errdefer` or
 * `_Defer`? */
static bool is_defer_word(const char *text, size_t len)
{
    char w[9];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\\' || text[i] == '\r' || text[i] == '\n') continue;
        if (n == sizeof w - 1) return false;
        w[n++] = text[i];
    }
    w[n] = 0;
    return !strcmp(w, "defer") || !strcmp(w, "errdefer") || !strcmp(w, "_Defer");
}

/* A token of a skipped branch. The innermost group that is not wholly
 * skipped owns the region; a group nested in it adds its jumps and
 * with-statements (one of its branches will be compiled), not its braces.
 * Nothing counts inside an `#if 0`. */
static void skip_token(struct Lexer *lx, int raw, const char *text, size_t len)
{
    size_t i = lx->conds.n - 1;
    while (lx->conds.v[i].parent_skipping && !lx->conds.v[i].if0) i--;
    Cond *c = &lx->conds.v[i];
    bool after_with = lx->skipped_with, after_defer = lx->skipped_defer;
    bool after_take = lx->skipped_take, after_reserved = lx->skipped_reserved;
    lx->skipped_with = raw == R_IDENT && is_with_word(text, len);
    lx->skipped_defer = raw == R_IDENT && is_defer_word(text, len);
    lx->skipped_reserved = raw == R_IDENT && text_is_word(text, len, "_Defer");
    lx->skipped_take = raw == R_IDENT && text_is_word(text, len, "cwith_take");
    bool after_name = lx->skipped_name;
    lx->skipped_name = raw == R_IDENT;
    if (c->if0)
        return;
    /* a label (a name and ':', not a conditional's): a jump target */
    if (raw == R_QUESTION) lx->skipped_questions++;
    else if (raw == R_SEMI || raw == R_LBRACE || raw == R_RBRACE) lx->skipped_questions = 0;
    else if (raw == R_COLON && lx->skipped_questions > 0) lx->skipped_questions--;
    else if (raw == R_COLON && after_name) c->region.has_jump = true;
    /* `defer` then a name, a statement keyword, a block or a prefix `*`,
     * `++`, `--`; `_Defer` then anything but what follows a label's name */
    if ((after_defer && (raw == R_IDENT || raw == R_LBRACE || (raw >= R_IF && raw <= R_GOTO) ||
                         raw == R_STAR || (raw == R_AMP_OR_SIGN && len == 2))) ||
        (after_reserved && raw != R_SEMI && raw != R_COLON && raw != R_RPAREN && raw != R_COMMA))
        c->region.has_defer = true;
    if (after_take && raw == R_LPAREN)
        c->region.has_take = true;
    bool nested = i + 1 < lx->conds.n;
    switch (raw) {
    case R_LBRACE: if (!nested) c->skip_brace++; break;
    case R_RBRACE: if (!nested) c->skip_brace--; break;
    case R_LPAREN:
        if (!nested) c->skip_paren++;
        if (after_with) c->region.has_with = true;
        break;
    case R_RPAREN: if (!nested) c->skip_paren--; break;
    case R_RETURN: case R_BREAK: case R_CONTINUE: case R_GOTO:
    case R_CASE: case R_DEFAULT:
        c->region.has_jump = true;
        break;
    default:
        break;
    }
}

/* Is the rest of this #if / #elif line the constant 0? */
static bool is_zero_condition(const struct Lexer *lx, size_t end)
{
    const char *p = lx->src->text + lx->dir_name_end;
    const char *e = lx->src->text + end;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
    if (p == e || *p != '0') return false;
    p++;
    /* then nothing but blanks and comments (`#if 0` and a comment, then `+ 1`, is true) */
    for (;;) {
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
        if (e - p < 2 || p[0] != '/' || (p[1] != '/' && p[1] != '*')) return p == e;
        if (p[1] == '/') return true;       /* the rest of the line */
        const char *q = p + 2;
        while (q + 1 < e && !(q[0] == '*' && q[1] == '/')) q++;
        if (q + 1 >= e) return false;       /* (no end: read the group) */
        p = q + 2;
    }
}

static void begin_skipped(struct Lexer *lx, Cond *c)
{
    c->skipping = true;
    c->if0 = false;
    c->skip_brace = c->skip_paren = 0;
    memset(&c->region, 0, sizeof c->region);
    c->region.start = lx->dir_start;
    c->region.line = lx->dir_line;
}

static void end_skipped(struct Lexer *lx, Cond *c)
{
    if (!c->skipping || c->if0 || c->parent_skipping)
        return;
    c->region.end = lx->dir_start;
    if ((c->skip_brace != c->expect_brace || c->skip_paren != c->expect_paren) && !lx->mismatch) {
        lx->mismatch = true;
        Token *t = &lx->mismatch_tok;
        memset(t, 0, sizeof *t);
        t->pos = lx->dir_start;
        t->len = 1;
        t->line = lx->dir_line;
        t->col = 1;
    }
    vec_push(&lx->skipped, c->region);
}

/* `#line N "file"` or `# N "file"`: record where numbering restarts. */
static void line_directive(struct Lexer *lx, size_t end)
{
    const char *s = lx->src->text;
    size_t i = skip_directive_blanks(s, lx->dir_name_end, end);    /* comments are blanks */
    if (i == end || s[i] < '0' || s[i] > '9') return;
    long n = 0;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++)
        n = n < 100000000 ? n * 10 + (s[i] - '0') : n;
    i = skip_directive_blanks(s, i, end);
    LineMark m = { end + 1, lx->line + 1, (int)n, 0, 0 };
    if (lx->lines->n) {     /* no file named: the file stays the last one named */
        m.file_pos = lx->lines->v[lx->lines->n - 1].file_pos;
        m.file_len = lx->lines->v[lx->lines->n - 1].file_len;
    }
    if (i < end && s[i] == '"') {
        size_t j = i + 1;
        while (j < end && s[j] != '"' && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
        if (j < end && s[j] == '"') {
            m.file_pos = i;
            m.file_len = (unsigned)(j + 1 - i);
        }
    }
    vec_push(lx->lines, m);
}

/* UTF-8 bytes too: gcc takes letters beyond ASCII in names */
static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

/* `#define NAME[(params)] replacement`; in_group: inside an #if group */
static void define_directive(struct Lexer *lx, size_t end, bool in_group)
{
    const char *s = lx->src->text;
    /* blanks, form feeds, comments and splices may part the name from
     * `define` (`#define` + a comment + `CHECK(x)`), as for the compiler */
    size_t i = skip_directive_blanks(s, lx->dir_name_end, end);
    size_t name = i;
    while (i < end && name_char(s[i])) i++;
    if (spliced_name_at(s, i, lx->src->size) && !lx->unread_name) lx->unread_name = i;
    if (i + 1 < end && s[i] == '\\' && (s[i + 1] == 'u' || s[i + 1] == 'U') && !lx->ucn_define)
        lx->ucn_define = i;
    if (i == name) return;
    MacroDef m = { name, (unsigned)(i - name), false, i, end, lx->dir_line, in_group };
    if (i < end && s[i] == '(') {
        m.function_like = true;
        while (i < end && s[i] != ')') i++;
        m.body_start = i < end ? i + 1 : end;
    }
    vec_push(lx->macros, m);
}

static void directive_end(struct Lexer *lx, size_t end)
{
    const char *name = lx->dir_name;
    bool is_if = !strcmp(name, "if") || !strcmp(name, "ifdef") || !strcmp(name, "ifndef");
    bool is_elif = !strcmp(name, "elif") || !strcmp(name, "elifdef") || !strcmp(name, "elifndef");
    bool is_else = !strcmp(name, "else");
    bool is_endif = !strcmp(name, "endif");
    bool is_include = !strncmp(name, "include", 7) || !strcmp(name, "import");
    /* conditionals of a group the parser sees part of: also the #else and
     * #endif after a skipped branch, so that the groups can be matched */
    bool seen = is_if || is_include ? !skipping(lx)
                : lx->conds.n > 0 ? !lx->conds.v[lx->conds.n - 1].parent_skipping
                                  : !skipping(lx);
    if ((is_if || is_elif || is_else || is_endif || is_include) && seen && lx->lines)
        vec_push(&lx->directives, ((Directive){ lx->dir_start, lx->dir_line, is_include,
                                                is_if ? 1 : is_endif ? -1 : 0 }));

    if (lx->lines && (!strcmp(name, "line") || !name[0]) && !skipping(lx) && end < lx->src->size)
        line_directive(lx, end);
    if (lx->macros && !strcmp(name, "define") && !skipping(lx))
        define_directive(lx, end, lx->conds.n > 0);
    if (is_if) {
        Cond c;
        memset(&c, 0, sizeof c);
        c.brace0 = lx->brace_depth;
        c.paren0 = lx->paren_depth;
        c.if_pos = lx->dir_start;
        c.if_line = lx->dir_line;
        c.parent_skipping = skipping(lx);
        bool zero = !strcmp(name, "if") && is_zero_condition(lx, end);
        if (c.parent_skipping) {
            c.skipping = true;
            c.if0 = zero;               /* for skip_token */
        } else if (zero) {
            c.skipping = c.if0 = true;
        } else {
            c.passed_any = true;
        }
        vec_push(&lx->conds, c);
        return;
    }
    if (lx->conds.n == 0 || !(is_elif || is_else || is_endif))
        return;   /* other directives, or an #else without #if: trivia */
    Cond *c = &lx->conds.v[lx->conds.n - 1];
    if (c->parent_skipping) {
        if (is_endif) lx->conds.n--;
        else c->if0 = is_elif && is_zero_condition(lx, end);
        return;
    }
    end_skipped(lx, c);
    if (is_endif) {
        /* braces opened in one group and closed in another: fine when
         * cwith sees both, but two groups meant to exclude each other
         * (#ifdef A / #ifndef A) both open one; remembered for the error */
        if (!c->had_else && !c->skipping && !lx->open_group &&
            (lx->brace_depth != c->brace0 || lx->paren_depth != c->paren0)) {
            lx->open_group = true;
            lx->open_group_tok = (Token){ 0, 0, c->if_pos, 1, c->if_line, 1, 0 };
        }
        lx->conds.n--;
        return;
    }
    c->had_else = true;
    bool zero = is_elif && is_zero_condition(lx, end);
    if (!c->passed_any) {                   /* after #if 0 */
        c->skipping = c->if0 = zero;
        c->passed_any = !zero;
    } else if (!c->skipping) {              /* the branch just parsed */
        c->expect_brace = lx->brace_depth - c->brace0;
        c->expect_paren = lx->paren_depth - c->paren0;
        if (zero) {
            c->skipping = c->if0 = true;
        } else if (c->expect_brace != 0 || c->expect_paren != 0) {
            begin_skipped(lx, c);
        }
    } else if (zero) {
        c->if0 = true;
    } else if (c->if0 && c->expect_brace == 0 && c->expect_paren == 0) {
        c->skipping = c->if0 = false;       /* after an #elif 0 that followed
                                               balanced branches: parsed */
    } else {
        begin_skipped(lx, c);
    }
}

Lexer *lexer_new(const Source *src, LineMap *lines, Macros *macros)
{
    Lexer *lx = xmalloc(sizeof *lx);
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->lines = lines;
    lx->macros = macros;
    lx->line = 1;
    lx->text = src->text;
    /* a whole file's UTF-8 byte-order mark is nothing, as for gcc: a
     * directive may follow it on the first line (ranges have no lines) */
    size_t bom = lines && src->size >= 3 && !memcmp(src->text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    restart_at(lx, bom);
    return lx;
}

void lexer_free(Lexer *lx)
{
    if (!lx) return;
    vec_free(&lx->conds);
    vec_free(&lx->skipped);
    vec_free(&lx->directives);
    free(lx);
}

/* ------------------------------------------------------------- fast path
 * Most function bodies hold no with-statement, and cwith copies those
 * unchanged: it needs only where they end. At a function's '{' the filter
 * asks for that end; a byte loop finds the matching '}' (skipping comments,
 * strings and character constants) and the scanner resumes there. The loop
 * gives up, leaving the body to the scanner and the parser, on anything it
 * does not follow exactly: an identifier `with`, `defer` or `cwith_take`, a
 * preprocessor conditional whose branches differ in braces or parentheses,
 * #define, #undef, #include, #import or #line, a line splice outside a
 * comment or string, a digraph, parentheses that do not balance. */

/* identifier bytes, for find_block_end's inner loop */
#define IDENT_ROW(a) [a] = 1, [a + 1] = 1, [a + 2] = 1, [a + 3] = 1, [a + 4] = 1, [a + 5] = 1, \
                     [a + 6] = 1, [a + 7] = 1
static const unsigned char ident_table[256] = {
    IDENT_ROW('0'), ['8'] = 1, ['9'] = 1, ['$'] = 1, ['_'] = 1,
    IDENT_ROW('A'), IDENT_ROW('A' + 8), IDENT_ROW('A' + 16), ['Y'] = 1, ['Z'] = 1,
    IDENT_ROW('a'), IDENT_ROW('a' + 8), IDENT_ROW('a' + 16), ['y'] = 1, ['z'] = 1,
    IDENT_ROW(0x80), IDENT_ROW(0x88), IDENT_ROW(0x90), IDENT_ROW(0x98), IDENT_ROW(0xA0),
    IDENT_ROW(0xA8), IDENT_ROW(0xB0), IDENT_ROW(0xB8), IDENT_ROW(0xC0), IDENT_ROW(0xC8),
    IDENT_ROW(0xD0), IDENT_ROW(0xD8), IDENT_ROW(0xE0), IDENT_ROW(0xE8), IDENT_ROW(0xF0),
    IDENT_ROW(0xF8)
};

/* punctuation find_block_end only steps over: most of a body's bytes after
 * identifiers and blanks */
static const unsigned char plain_punct[256] = {
    ['!'] = 1, ['&'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, [':'] = 1,
    [';'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['|'] = 1,
    ['~'] = 1
};

/* Words that may start a statement cwith rewrites (or, cwith_take, an
 * expression). */
static bool is_statement_word(const char *w, size_t n)
{
    switch (n) {                /* most identifiers stop at the length */
    case 4: return w[0] == 'w' && !memcmp(w, "with", 4);
    case 5: return w[0] == 'd' && !memcmp(w, "defer", 5);
    case 6: return w[0] == '_' && !memcmp(w, "_Defer", 6);
    case 8: return w[0] == 'e' && !memcmp(w, "errdefer", 8);
    case 10: return w[0] == 'c' && !memcmp(w, "cwith_take", 10);
    default: return false;
    }
}

/* The byte at i, or NUL past the end (the source need not be terminated). */
static char byte_at(const char *s, size_t size, size_t i)
{
    return i < size ? s[i] : 0;
}

/* For the byte loops: the end of the word or number at i (a byte of
 * ident_table), or 0 where the loop must give up (a word cwith rewrites,
 * digit separators). */
static inline size_t loop_word_end(const char *s, size_t size, size_t i, bool *number)
{
    size_t j = i + 1;
    *number = s[i] >= '0' && s[i] <= '9';
    while (j < size && ident_table[(unsigned char)s[j]]) j++;
    while (*number && j < size && (ident_table[(unsigned char)s[j]] ||
                                   s[j] == '\'' || s[j] == '.' ||
                                   ((s[j] == '+' || s[j] == '-') && strchr("eEpP", s[j - 1]))))
        j++;
    if (!*number && is_statement_word(s + i, j - i)) return 0;
    if (*number && memchr(s + i, '\'', j - i)) return 0;     /* digit separators */
    return j;
}

/* The end of the block comment whose '/' is at i (after its '/'), or 0. */
static size_t comment_end(const char *s, size_t size, size_t i)
{
    for (size_t j = i + 2; j < size;) {
        const char *p = memchr(s + j, '/', size - j);
        if (!p) return 0;
        size_t k = (size_t)(p - s);
        if (k >= i + 3 && s[k - 1] == '*') return k + 1;
        j = k + 1;
    }
    return 0;
}

/* Adds the line ends in [from, to) to *nl and keeps the last in *lastnl. */
static void count_lines(const char *s, size_t from, size_t to, int *nl, size_t *lastnl)
{
    int n = 0;
    for (size_t k = from; k < to; k++) n += s[k] == '\n';      /* vectorised */
    if (n) {
        *nl += n;
        for (size_t k = to; k-- > from;)
            if (s[k] == '\n') { *lastnl = k; break; }
    }
}

/* The #define lines a body skip passed, for the scanner to record as it
 * would have (their macros may hide jumps from later with-statements). */
enum { MAX_BODY_DEFINES = 32 };
typedef struct BodyDefine {
    size_t name_end, end;       /* after `define`; the line's end */
    int line;                   /* lines after the one the skip began on */
    bool in_group;              /* inside an #if group of the body */
} BodyDefine;
typedef struct BodyDefines {
    int n;
    BodyDefine v[MAX_BODY_DEFINES];
} BodyDefines;

/* Offset of the '}' matching the '{' at `open`, or 0 to give up; the
 * #define lines passed go to *defines. */
static size_t find_block_end(const char *s, size_t size, size_t open, int *lines, size_t *last_nl,
                             BodyDefines *defines)
{
    defines->n = 0;
    int depth = 0, parens = 0, nl = 0;
    size_t lastnl = 0;
    int cond_depth[32];                 /* brace depth at each open #if */
    int cond_parens[32];                /* ... and parenthesis depth */
    bool cond_zero[32];                 /* ... and whether a branch was `#if 0` */
    int zero_groups = 0;                /* open groups with such a branch */
    size_t nconds = 0;
    bool line_start = false;
    for (size_t i = open; i < size; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ident_table[c]) {           /* the common cases first, without the switch */
            bool number;
            size_t j = loop_word_end(s, size, i, &number);
            if (j == 0) return 0;
            i = j - 1;
            line_start = false;
            continue;
        }
        if (plain_punct[c]) {
            line_start = false;
            continue;
        }
        switch (c) {
        case '\n':
            nl++;
            lastnl = i;
            line_start = true;
            continue;
        case ' ': case '\t': case '\r': case '\f': case '\v':
            while (i + 1 < size && (s[i + 1] == ' ' || s[i + 1] == '\t')) i++;  /* indentation */
            continue;
        case '{':
            depth++;
            break;
        case '(':
            parens++;
            break;
        case ')':
            if (--parens < 0) return 0;
            break;
        case '}':
            if (--depth == 0) {
                /* a group still open, or parentheses that do not balance
                 * (the scanner must see them to line up #if branches) */
                if (nconds || parens) return 0;
                *lines = nl;
                *last_nl = lastnl;
                return i;
            }
            break;
        case '#':
            if (line_start) {                   /* a directive */
                size_t j = i + 1;
                while (j < size && (s[j] == ' ' || s[j] == '\t')) j++;
                /* a comment, form feed or splice before the name: the
                 * scanner reads it (`#`, a comment, `define` is a #define) */
                if (j < size && s[j] != '\n' && (s[j] < 'a' || s[j] > 'z') &&
                    (s[j] < '0' || s[j] > '9'))
                    return 0;
                size_t name = j;
                if (j < size && s[j] >= 'a' && s[j] <= 'z')     /* not `# 12`: a line marker */
                    while (j < size && ident_table[(unsigned char)s[j]]) j++;   /* `if0` is no `if` */
                /* #line and `# N` change numbering, #include may bring more
                 * macros: the scanner reads them; a #define is noted below
                 * (#undef: cwith keeps no state for it) */
                if ((j - name == 4 && !memcmp(s + name, "line", 4)) ||
                    (j - name >= 7 && !memcmp(s + name, "include", 7)) ||
                    (j - name == 6 && !memcmp(s + name, "import", 6)) ||
                    (j == name && byte_at(s, size, j) >= '0' && byte_at(s, size, j) <= '9'))
                    return 0;
                bool define = j - name == 6 && !memcmp(s + name, "define", 6);
                size_t name_end = j;
                /* an `#if 0` or `#elif 0` branch is not read by the scanner,
                 * nor its #define lines: a #define in such a group (any
                 * branch, to be safe) goes to the scanner */
                bool zero = false;
                if ((j - name == 2 && !memcmp(s + name, "if", 2)) ||
                    (j - name == 4 && !memcmp(s + name, "elif", 4))) {
                    size_t k = j;
                    while (k < size && (s[k] == ' ' || s[k] == '\t')) k++;
                    zero = k < size && s[k] == '0';
                }
                /* conditionals: every branch must balance braces and
                 * parentheses, as the scanner then parses them all and
                 * refuses branches that differ (else the slow path decides) */
                if ((j - name == 2 && !memcmp(s + name, "if", 2)) ||
                    (j - name == 5 && !memcmp(s + name, "ifdef", 5)) ||
                    (j - name == 6 && !memcmp(s + name, "ifndef", 6))) {
                    if (nconds == sizeof cond_depth / sizeof *cond_depth) return 0;
                    cond_depth[nconds] = depth;
                    cond_zero[nconds] = zero;
                    zero_groups += zero;
                    cond_parens[nconds++] = parens;
                } else if ((j - name == 4 && !memcmp(s + name, "else", 4)) ||
                           (j - name == 4 && !memcmp(s + name, "elif", 4)) ||
                           (j - name == 7 && !memcmp(s + name, "elifdef", 7)) ||
                           (j - name == 8 && !memcmp(s + name, "elifndef", 8))) {
                    if (nconds == 0 || cond_depth[nconds - 1] != depth ||
                        cond_parens[nconds - 1] != parens)
                        return 0;
                    if (zero && !cond_zero[nconds - 1]) cond_zero[nconds - 1] = true, zero_groups++;
                } else if (j - name == 5 && !memcmp(s + name, "endif", 5)) {
                    if (nconds == 0 || cond_depth[nconds - 1] != depth ||
                        cond_parens[nconds - 1] != parens)
                        return 0;
                    zero_groups -= cond_zero[--nconds];
                }
                /* the rest of the line: a comment that ends on it is fine, one
                 * that goes on (continuing the directive) or a splice is not */
                for (; j < size && s[j] != '\n'; j++) {
                    if (s[j] == '\\') return 0;
                    if (s[j] == '/' && byte_at(s, size, j + 1) == '*') {
                        size_t k = j + 2;
                        while (k + 1 < size && !(s[k] == '*' && s[k + 1] == '/')) {
                            if (s[k] == '\n') return 0;
                            k++;
                        }
                        if (k + 1 >= size) return 0;
                        j = k + 1;
                    }
                }
                if (define) {
                    if (zero_groups > 0 || defines->n == MAX_BODY_DEFINES) return 0;
                    defines->v[defines->n++] = (BodyDefine){ name_end, j, nl, nconds > 0 };
                }
                i = j - 1;
            } else {
                return 0;   /* perhaps a directive after a comment: the scanner decides */
            }
            break;
        case '/':
            if (byte_at(s, size, i + 1) == '*') {
                size_t end = comment_end(s, size, i);
                if (end == 0) return 0;
                count_lines(s, i, end, &nl, &lastnl);
                i = end - 1;
            } else if (byte_at(s, size, i + 1) == '/') {
                const char *e = memchr(s + i + 2, '\n', size - (i + 2));
                size_t j = e ? (size_t)(e - s) : size;
                if (memchr(s + i + 2, '\\', j - (i + 2))) return 0;    /* a splice may continue it */
                i = j - 1;
            }
            break;
        case '"': case '\'': {
            if (c == '"' && i > open && s[i - 1] == 'R') return 0;    /* a raw string */
            size_t j = i + 1;
            while (j < size && s[j] != (char)c) {
                if (s[j] == '\n') return 0;            /* unterminated */
                if (s[j] == '\\') {
                    char next = byte_at(s, size, j + 1);
                    if (next == '\n' || next == '\r') return 0;
                    j++;
                }
                j++;
            }
            if (j >= size) return 0;
            i = j;
            break;
        }
        case '\\':
            return 0;
        case '<': case '%': {
            char next = byte_at(s, size, i + 1);
            if (next == '%' || next == ':' || (c == '%' && next == '>')) return 0;
            break;
        }
        default:
            break;
        }
        line_start = false;
    }
    return 0;
}

/* The body skip's #define lines, as the scanner records them; first_line:
 * the line the skip began on. */
static void record_body_defines(struct Lexer *lx, const BodyDefines *defines, int first_line)
{
    if (!lx->macros) return;
    for (int k = 0; k < defines->n; k++) {
        const BodyDefine *d = &defines->v[k];
        lx->dir_name_end = d->name_end;
        lx->dir_line = first_line + d->line;
        define_directive(lx, d->end, d->in_group || lx->conds.n > 0);
    }
}

/* The scanner goes on from the '}'. */
bool lexer_skip_block(Lexer *lx, size_t open)
{
    int lines;
    size_t last_nl;
    BodyDefines defines;
    size_t close = find_block_end(lx->src->text, lx->src->size, open, &lines, &last_nl, &defines);
    if (close == 0) return false;
    record_body_defines(lx, &defines, lx->line);
    lx->line += lines;
    if (lines) lx->line_start = last_nl + 1;
    restart_at(lx, close);
    return true;
}

/* How a top-level declaration's byte loop ended. */
typedef enum { DECL_GIVE_UP, DECL_SEMI, DECL_DIRECTIVE, DECL_FUNCTION } DeclEnd;

/* From lx->cur, the byte loop of lexer_skip_declaration: to the ';' that
 * ends the declaration (DECL_SEMI, *at is it), or to a directive before
 * its first token (DECL_DIRECTIVE, *at is its '#'), or through a function
 * definition whose body the body skip takes (a '{' right after the ')' of
 * its declarator: DECL_FUNCTION, *at is the closing '}'), or it gives up:
 * at another brace that opens no data (the scanner and the filter classify
 * it), another '#', a line splice, a raw string, a digraph, digit
 * separators, brackets that do not match, or a word cwith rewrites. *first is where the first token is (SIZE_MAX: none);
 * the line count goes to *lines, the last line end to *last_nl. */
enum { MAX_DECL_DEPTH = 200 };

static DeclEnd find_decl_end(const struct Lexer *lx, size_t *at, size_t *first, int *lines,
                             size_t *last_nl, BodyDefines *defines)
{
    const char *s = lx->text;
    size_t size = lx->src->size;
    int depth = 0, nl = 0, braces = 0;
    char open[MAX_DECL_DEPTH];          /* the closer each open bracket wants */
    size_t lastnl = 0;
    bool token_on_line = lx->token_on_line;
    /* a '{' opens data after '=' or `struct|union|enum [name]`: what the
     * filter takes for an initializer or a struct body */
    bool after_assign = false, after_tag = false;
    bool after_paren = false;           /* the last token is ')' */
    /* as the filter's B_DECLARATOR: the last token a name (not a keyword
     * but an attribute's) or ')', and so before the last top-level '(' */
    bool after_name = false, group_after_name = false;
    /* `struct [name] alignas(8) {`: the filter may still take that '{'
     * for a struct body (its tag state lives through an attribute's
     * group); so no function after a tag whose last group is an attribute's */
    bool tag_seen = false, after_attr = false, group_after_attr = false;
    *first = SIZE_MAX;
    for (size_t i = lx->cur; i < size; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t token = i;               /* a token starts here (not trivia) */
        switch (c) {
        case '\n':
            nl++;
            lastnl = i;
            token_on_line = false;
            continue;
        case ' ': case '\t': case '\r': case '\f': case '\v':
            continue;
        case '/':
            if (byte_at(s, size, i + 1) == '*') {
                size_t j = block_comment_end(lx, i);
                if (j == 0) return DECL_GIVE_UP;
                for (const char *p = s + i; (p = memchr(p, '\n', (size_t)(s + j - p))); p++)
                    nl++, lastnl = (size_t)(p - s);
                i = j - 1;
                continue;
            }
            if (byte_at(s, size, i + 1) == '/') {
                size_t j = i + 2;
                while (j < size && s[j] != '\n') {
                    if (s[j] == '\\') return DECL_GIVE_UP;    /* a splice may continue it */
                    j++;
                }
                i = j - 1;
                continue;
            }
            break;
        case '#':
            if (token_on_line || *first != SIZE_MAX) return DECL_GIVE_UP;
            *at = i;
            *lines = nl;
            *last_nl = lastnl;
            return DECL_DIRECTIVE;
        case '{':
            if (!braces && !after_assign && !after_tag) {
                /* `... f(...) {`: a function definition, skipped whole when
                 * its body holds nothing to translate (the output copies it) */
                int body_lines;
                size_t body_last_nl;
                bool header = after_paren && group_after_name && depth == 0 &&
                              !(tag_seen && group_after_attr) && *first != SIZE_MAX;
                size_t close = header ? find_block_end(s, size, i, &body_lines, &body_last_nl,
                                                       defines)
                                      : 0;
                if (close == 0) return DECL_GIVE_UP;
                for (int k = 0; k < defines->n; k++) defines->v[k].line += nl;
                *at = close;
                *lines = nl + body_lines;
                *last_nl = body_lines ? body_last_nl : lastnl;
                return DECL_FUNCTION;
            }
            braces++;
            if (depth == MAX_DECL_DEPTH) return DECL_GIVE_UP;
            open[depth++] = '}';
            break;
        case '}':
            if (!depth || open[--depth] != '}') return DECL_GIVE_UP;
            braces--;
            break;
        case '\\':
            return DECL_GIVE_UP;
        case ';':
            if (braces) break;      /* in a struct body */
            if (depth != 0) return DECL_GIVE_UP;
            if (*first == SIZE_MAX) *first = i;
            *at = i;
            *lines = nl;
            *last_nl = lastnl;
            return DECL_SEMI;
        case '(': case '[':
            /* past this, the parser's nesting limit decides */
            if (depth == MAX_DECL_DEPTH) return DECL_GIVE_UP;
            if (depth == 0) {
                group_after_name = c == '(' && after_name;
                group_after_attr = c == '(' && after_attr;
            }
            open[depth++] = c == '(' ? ')' : ']';
            break;
        case ')': case ']':
            if (!depth || open[--depth] != c) return DECL_GIVE_UP;
            break;
        case '"': case '\'': {
            if (c == '"' && i > lx->cur && s[i - 1] == 'R') return DECL_GIVE_UP;  /* raw string */
            size_t j = i + 1;
            while (j < size && s[j] != (char)c) {
                if (s[j] == '\n') return DECL_GIVE_UP;      /* unterminated */
                if (s[j] == '\\') {
                    char next = byte_at(s, size, j + 1);
                    if (next == '\n' || next == '\r') return DECL_GIVE_UP;
                    j++;
                }
                j++;
            }
            if (j >= size) return DECL_GIVE_UP;
            i = j;
            break;
        }
        case '<': case '%': case ':': {
            char next = byte_at(s, size, i + 1);
            if (next == '%' || next == ':' || (c != '<' && next == '>')) return DECL_GIVE_UP;
            break;
        }
        default:
            if (ident_table[c]) {
                bool number;
                size_t j = loop_word_end(s, size, i, &number);
                if (j == 0) return DECL_GIVE_UP;
                bool tag = !number && ((j - i == 6 && !memcmp(s + i, "struct", 6)) ||
                                       (j - i == 5 && !memcmp(s + i, "union", 5)) ||
                                       (j - i == 4 && !memcmp(s + i, "enum", 4)));
                after_tag = tag || (after_tag && !number && !braces && s[i] != '_');
                if (tag && depth == 0) tag_seen = true;
                after_assign = false;
                after_paren = false;
                int kind = number ? R_NUMBER : word_kind(s + i, j - i);
                after_name = kind == R_IDENT || kind == R_ATTR || kind == R_ASM_QUAL;
                after_attr = kind == R_ATTR;
                i = j - 1;
                if (*first == SIZE_MAX) *first = token;
                token_on_line = true;
                continue;
            }
            break;
        }
        after_assign = c == '=' && (i == 0 || !memchr("=!<>+-*/%&|^", s[i - 1], 11)) &&
                       byte_at(s, size, i + 1) != '=';
        after_tag = false;
        after_paren = after_name = c == ')';
        after_attr = false;
        if (*first == SIZE_MAX) *first = token;
        token_on_line = true;
    }
    return DECL_GIVE_UP;
}

bool lexer_skip_declaration(Lexer *lx, size_t *start, bool *after_function)
{
    *after_function = false;
    for (;;) {
        if (skipping(lx)) return false;
        int lines;
        size_t last_nl, at, first;
        BodyDefines defines;
        DeclEnd end = find_decl_end(lx, &at, &first, &lines, &last_nl, &defines);
        if (end == DECL_GIVE_UP) return false;
        lx->line += lines;
        if (lines) lx->line_start = last_nl + 1;
        if (end == DECL_DIRECTIVE) {    /* handled as the scanner does, then on */
            lx->token_on_line = false;
            if (!directive(lx, lines ? last_nl + 1 : lx->cur, at)) return false;
            continue;
        }
        if (end == DECL_FUNCTION) {     /* on after its '}' */
            record_body_defines(lx, &defines, lx->line - lines);
            lx->token_on_line = true;
            lx->cur = at + 1;
            lx->bol = false;
            *after_function = true;
            continue;
        }
        lx->token_on_line = true;
        lx->cur = at;
        lx->bol = false;
        *start = first;
        return true;
    }
}

/* At the end of the input, a group still open (no #endif) ends its
 * skipped branch there. */
static void end_open_groups(struct Lexer *lx)
{
    for (; lx->conds.n > 0; lx->conds.n--) {
        Cond *c = &lx->conds.v[lx->conds.n - 1];
        if (c->skipping && !c->if0 && !c->parent_skipping) {
            c->region.end = lx->src->size;
            vec_push(&lx->skipped, c->region);
        }
    }
}

int lexer_next(Lexer *lx, Token *tok)
{
    lx->out = tok;
    int k = scan(lx);
    if (k == 0) {
        end_open_groups(lx);
        memset(tok, 0, sizeof *tok);
        tok->raw = R_EOF;
        tok->pos = lx->src->size + lx->base;
        tok->line = lx->line;
        tok->col = (int)(lx->src->size - lx->line_start) + 1;
    }
    return k;
}

size_t lexer_unread_name(const Lexer *lx)
{
    return lx->unread_name;
}

size_t lexer_ucn_define(const Lexer *lx)
{
    return lx->ucn_define;
}

const SkippedRegions *lexer_skipped(const Lexer *lx)
{
    return &lx->skipped;
}

const Directives *lexer_directives(const Lexer *lx)
{
    return &lx->directives;
}

size_t directive_index(const Directives *d, size_t pos)
{
    size_t lo = 0, hi = d->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->v[mid].pos < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

bool lexer_open_group(const Lexer *lx, Token *where)
{
    if (lx->open_group) *where = lx->open_group_tok;
    return lx->open_group;
}

bool lexer_pp_mismatch(const Lexer *lx, Token *where)
{
    if (lx->mismatch || lx->conds.n > 0) {
        if (lx->mismatch) *where = lx->mismatch_tok;
        else memset(where, 0, sizeof *where);
        return lx->mismatch;
    }
    return false;
}

/* Open addressing over 1 + the index of a name's last definition. */
struct MacroNames {
    size_t *slot;
    size_t mask;
    size_t count, indexed;      /* names, and definitions looked at so far */
};

static size_t *macro_slot(const Source *src, const Macros *macros, const char *name, size_t len)
{
    struct MacroNames *ix = macros->names;
    size_t k = hash_bytes(name, len) & ix->mask;
    for (; ix->slot[k]; k = (k + 1) & ix->mask) {
        const MacroDef *m = &macros->v[ix->slot[k] - 1];
        if (m->name_len == len && !memcmp(src->text + m->name_pos, name, len)) break;
    }
    return &ix->slot[k];
}

/* Indexes the definitions read since the last call (macros only grow). */
static void index_macros(const Source *src, Macros *macros)
{
    struct MacroNames *ix = macros->names;
    if (!ix) ix = macros->names = xcalloc(1, sizeof *ix);
    if (ix->indexed == macros->n) return;
    if (2 * (ix->count + macros->n - ix->indexed) > ix->mask + 1 || !ix->slot) {
        size_t size = 64;
        while (size < 4 * macros->n) size *= 2;
        free(ix->slot);
        ix->slot = xcalloc(size, sizeof *ix->slot);
        ix->mask = size - 1;
        ix->count = ix->indexed = 0;
    }
    for (; ix->indexed < macros->n; ix->indexed++) {
        const MacroDef *m = &macros->v[ix->indexed];
        size_t *slot = macro_slot(src, macros, src->text + m->name_pos, m->name_len);
        if (!*slot) ix->count++;
        *slot = ix->indexed + 1;        /* the last one wins */
    }
}

const MacroDef *find_macro(const Source *src, const Macros *macros, size_t pos, unsigned len)
{
    if (!macros || macros->n == 0) return NULL;
    const char *name = src->text + pos;
    char word[256];
    if (memchr(name, '\\', len)) {       /* a line splice or \u00e9 in the word */
        len = (unsigned)canonical_word(name, len, word, sizeof word);
        name = word;
    }
    index_macros(src, (Macros *)macros);    /* (the index is a cache) */
    size_t at = *macro_slot(src, macros, name, len);
    return at ? &macros->v[at - 1] : NULL;
}

void macros_free(Macros *macros)
{
    if (macros->names) free(macros->names->slot);
    free(macros->names);
    macros->names = NULL;
    vec_free(macros);
}

static size_t lex_range_(const Source *src, size_t start, size_t end, Token **out, bool line_start)
{
    Source sub = { src->name, src->text + start, end - start, NULL };
    Lexer *lx = lexer_new(&sub, NULL, NULL);
    lx->base = start;
    lx->token_on_line = !line_start;    /* a range starts after a token: its '#' is
                                           an operator (#define S(x) #x), no directive */
    VEC(Token) toks = { 0 };
    vec_reserve(&toks, (end - start) / 8 + 16);     /* about one token in 5 to 8 bytes */
    for (;;) {
        vec_reserve(&toks, toks.n + 1);
        if (lexer_next(lx, &toks.v[toks.n]) == 0) break;
        toks.n++;
    }
    lexer_free(lx);
    *out = toks.v;
    return toks.n;
}

size_t lex_range(const Source *src, size_t start, size_t end, Token **out)
{
    return lex_range_(src, start, end, out, false);
}

size_t lex_range_at_line(const Source *src, size_t start, size_t end, Token **out)
{
    return lex_range_(src, start, end, out, true);
}
