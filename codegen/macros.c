/* macros.c: jumps hidden in macros.
 *
 * cwith does not expand macros, so a with body that calls `CHECK(x)`,
 * defined as `if (!(x)) return -1`, would leave the with-statement without
 * its exits. The #defines cwith can see are read: the input's, and in the
 * build step those of the headers its `#include "..."` lines name, found
 * as cpp finds them (next to the including file, then in the -I
 * directories given to cwith), recursively. A macro "escapes" when its
 * text holds `return` or `goto`, a `break` or `continue` that no loop (or
 * switch) of its own encloses, or another macro that escapes. A with body
 * that uses such a macro where the jump would leave the with-statement is
 * refused, naming the macro. So is any use of a header's macro that holds
 * a with-statement (only the wrapper translates those). Macros defined
 * elsewhere (headers included with <...>, or not found) are not seen and
 * are trusted; the README says so.
 */
#define _POSIX_C_SOURCE 200809L     /* open, fstat, read */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "translator.h"

enum {
    ESC_KNOWN = 1,          /* computed */
    ESC_LEAVE = 2,          /* return or goto: leaves any statement */
    ESC_BREAK = 4,
    ESC_CONTINUE = 8,
    ESC_BUSY = 16,          /* being computed (a macro that uses itself) */
    ESC_BRACES = 32,        /* opens or closes a brace of its own: the block
                               structure cwith sees is not the compiler's */
    ESC_WITH = 64,          /* a header's macro that holds a with-statement
                               (the input's own are refused at the #define) */
    ESC_CASE = 128,         /* a case or default label no switch of its own
                               encloses: a jump target cwith cannot see */
    ESC_LABEL = 256,        /* a label: the same */
    ESC_PARTIAL = 512,      /* not one whole statement (its own text, not
                               passed on to the macros that use it) */
    ESC_PASTE = 1024,       /* pastes (##) an argument to a word: the result
                               may be a jump keyword (`ret ## urn`), so its
                               uses are checked for the words they pass */
    ESC_DEFER = 2048,       /* a header's macro that holds a defer statement
                               (as ESC_WITH: only the wrapper translates it) */
    ESC_TAKE = 4096,        /* the same for `cwith_take(` */
    ESC_DEEP = 8192,        /* not followed to its end: deeper than
                               MACRO_DEPTH_MAX, or past the budget of
                               MACRO_TOKEN_BUDGET (a use is refused) */
    ESC_ELSE = 16384,       /* begins with `else`: whose it is depends on
                               what precedes the use */
    ESC_CLEANUP = 32768,    /* names the cleanup attribute */
    ESC_EMPTY = 65536       /* expands to nothing (a definition of it): an
                               `else` after it begins the text */
};

/* How deep the build step follows a macro through the macros its text
 * uses (Boost.Preprocessor's chains are 256 deep; each level is a few
 * hundred bytes of stack), and how many tokens of definitions it reads in
 * all while following them (each definition is read once, or once per pass
 * of a cycle: the budget is a bound that real code does not reach). */
enum { MACRO_DEPTH_MAX = 1000 };
/* Passes over one cycle of macros that use each other before cwith gives
 * up on it (real cycles settle in two or three; an escape that moves
 * back one macro a pass would take as many passes as macros). */
enum { MACRO_PASSES_MAX = 32 };
#define MACRO_TOKEN_BUDGET ((size_t)1 << 24)
#define ESC_UNTRANSLATED (ESC_WITH | ESC_DEFER | ESC_TAKE)

/* gcc's limit of nested #include: deeper headers are not read (the
 * compiler stops there too). */
enum { MAX_INCLUDE_DEPTH = 200 };

/* A header read: its text, #defines and #include lines, kept until the end
 * of the translation (the index points into them). */
typedef struct Header {
    Source src;             /* named by the path it was found at */
    LineStarts line_starts;
    char *path, *text;
    size_t dir_len;         /* path[0, dir_len): its directory, '/' included */
    LineMap lines;
    Macros macros;
    VEC(size_t) includes;   /* where its #include lines begin */
    Token stmt;             /* a with-statement or defer outside its #defines */
    bool has_stmt;
    /* a spelling the build step misreads (a lone CR ends a line for the
     * compiler; a trigraph may be '#'): offset, or SIZE_MAX; where it was
     * included from; reported at the first function it could matter to */
    size_t misread_at;
    const Source *included_from;
    const LineMap *included_lines;
    size_t name_pos, name_len;
    bool is_runtime;        /* cwith.h: its macros declare managers for the
                               user; the ones it declares are the shipped ones */
    dev_t dev;              /* the file, to read each one once */
    ino_t ino;
    struct Header *next;
} Header;

/* A set of 64-bit hashes (open addressing, at most half full; a
 * collision can only make cwith follow or refuse more, never less). */
typedef struct HashSet {
    uint64_t *v;            /* 0: an empty slot */
    size_t mask, n;
} HashSet;

/* FNV-1a in 64 bits, one byte at a time, from a start given: suffixes of
 * names are hashed from their last byte, from another start than
 * prefixes and whole names. */
#define PIECE_PREFIX 14695981039346656037u
#define PIECE_SUFFIX 0x9e3779b97f4a7c15u
#define NAME_START 0x5851f42d4c957f2du
static uint64_t hash_step(uint64_t h, char c)
{
    return (h ^ (unsigned char)c) * 1099511628211u;
}

static void set_add(HashSet *set, uint64_t h)
{
    if (h == 0) h = 1;
    if (2 * (set->n + 1) > set->mask + 1) {
        uint64_t *old = set->v;
        size_t old_size = set->v ? set->mask + 1 : 0;
        set->mask = old_size ? 2 * old_size - 1 : 1023;
        set->v = xcalloc(set->mask + 1, sizeof *set->v);
        set->n = 0;
        for (size_t i = 0; i < old_size; i++)
            if (old[i]) set_add(set, old[i]);
        free(old);
    }
    size_t i = (size_t)h & set->mask;
    while (set->v[i] && set->v[i] != h) i = (i + 1) & set->mask;
    if (!set->v[i]) {
        set->v[i] = h;
        set->n++;
    }
}

static bool set_has(const HashSet *set, uint64_t h)
{
    if (h == 0) h = 1;
    if (!set->v) return false;
    size_t i = (size_t)h & set->mask;
    while (set->v[i] && set->v[i] != h) i = (i + 1) & set->mask;
    return set->v[i] == h;
}

static uint64_t name_hash(const char *name, size_t len)
{
    uint64_t h = NAME_START;
    for (size_t k = 0; k < len; k++) h = hash_step(h, name[k]);
    return h;
}

/* A name as the index spells it: a line splice or \u00e9 in it resolved
 * into word (NAME_WORD bytes), *len updated. */
enum { NAME_WORD = 256 };
static const char *plain_name(const char *name, size_t *len, char *word)
{
    if (!memchr(name, '\\', *len)) return name;
    *len = canonical_word(name, *len, word, NAME_WORD);
    return word;
}

/* One #define, of the input or of a header. */
typedef struct Entry {
    const Source *src;
    const LineMap *lines;
    const Macros *macros;
    size_t def;             /* its index in macros */
    size_t visible_at;      /* where it takes effect in the input */
    size_t prev;            /* 1 + index of the name's definition before, 0: none */
    unsigned escapes;       /* ESC_* of its own definition */
    /* as the last definition of its name (lookup's answer): the escapes of
     * the name (escapes_all); its number in the order names start being
     * followed (while ESC_BUSY) or, in a cycle not final yet, the least
     * number it met; the pass it was last followed in */
    unsigned name_escapes;
    unsigned order;
    unsigned pass;
    unsigned epoch;         /* when escapes and name_escapes were found */
} Entry;

/* A manager declared in the input or a header read (build step). */
typedef struct KnownManager {
    char *name;             /* as canonical_word spells it; NULL: empty slot */
    size_t len;
    size_t visible_at;      /* the first input position where it is declared */
} KnownManager;

struct MacroIndex {
    const Source *src;
    const Macros *macros;   /* still growing while the input is read */
    const Directives *directives;   /* the same */
    bool read_headers;
    const char *const *include_dirs;
    const char *output_dir;     /* cwith_options.output_dir */
    void (*header_read)(void *context, const char *path);
    void *header_context;
    size_t indexed;         /* definitions of the input taken in so far */
    size_t directives_done; /* #include lines of the input followed so far */
    VEC(Entry) entries;
    size_t *slot;           /* 1 + index of the last entry of a name, 0: empty */
    size_t mask;
    Header *headers;        /* the newest first */
    /* the headers by file (dev, ino), open addressing, at most half full
     * (NULL: empty), so that each #include finds whether its file was read
     * in one probe, not by a walk over every header */
    Header **header_slot;
    size_t header_mask, header_count;
    const Header *misread_checked;  /* the newest header report_misread_headers saw */
    bool header_with;       /* a header's #define holds `with`, `defer` or `take` */
    /* escapes_all: names are numbered in the order they start being
     * followed; the least number of a name not final yet that the
     * computation under way met (UINT_MAX: none), the last number given,
     * that of the name followed from the top (no name being followed
     * around it), how many names are being followed, and the tokens it
     * may still read */
    unsigned low, orders, top_order;
    int following;
    size_t escape_budget;
    /* the pass of the cycles being followed (see escapes_all), the last
     * pass number given, whether a name of that pass found a new escape,
     * and the names followed in it whose values are not final yet */
    unsigned pass, passes;
    bool grew;
    VEC(size_t) cycle;
    /* the strict prefixes and suffixes of the macro names (of entries
     * [0, pieces_upto)), as 64-bit hashes in an open-addressing set:
     * piece_may_jump looks a piece up once instead of comparing it with
     * every name (N pasting macros: linear, not quadratic); a collision
     * can only make it refuse */
    HashSet pieces;
    size_t pieces_upto;
    /* the names (hashed) the macros followed so far use, macros or not: a
     * #define of one of them makes what was found for them stale, and
     * starts a new epoch (entries of an older one are followed again) */
    HashSet consulted;
    unsigned epoch;
    signed char defer_taken[4];     /* the input uses `defer`, `errdefer` as
                                       names ([2], [3]; -1: not known yet) */
    /* which managers are declared (build step; see manager_undeclared) */
    const char *const *force_includes;  /* -include FILEs */
    bool forced_done;       /* read them (at the first update) */
    bool check_managers;
    size_t trust_from;      /* input position of the first header not seen or
                               macro that may declare managers; SIZE_MAX: none */
    bool input_scanned;
    KnownManager *known;    /* open addressing; name NULL: empty */
    size_t known_mask, known_n;
};

static const MacroDef *def_of(const Entry *e)
{
    return &e->macros->v[e->def];
}

static const char *name_of(const Entry *e)
{
    return e->src->text + def_of(e)->name_pos;
}

static void insert(MacroIndex *ix, size_t i)
{
    Entry *e = &ix->entries.v[i];
    const char *name = name_of(e);
    unsigned len = def_of(e)->name_len;
    size_t h = hash_bytes(name, len) & ix->mask;
    for (;; h = (h + 1) & ix->mask) {
        size_t s = ix->slot[h];
        if (!s) break;
        const Entry *o = &ix->entries.v[s - 1];
        if (def_of(o)->name_len == len && !memcmp(name_of(o), name, len)) break;
    }
    e->prev = ix->slot[h];      /* #if is not evaluated: all definitions count */
    ix->slot[h] = i + 1;
}

static unsigned escapes_of(MacroIndex *ix, size_t entry);
static unsigned escapes_all(MacroIndex *ix, size_t def, int depth);

/* A new definition of a name the macros followed so far use (as a macro
 * or not): what was found for them holds if its escapes add nothing to
 * what the name had (they are united); else a new epoch starts. */
static void note_definition(MacroIndex *ix, size_t i)
{
    const Entry *e = &ix->entries.v[i];
    char word[NAME_WORD];
    size_t len = def_of(e)->name_len;
    const char *name = plain_name(name_of(e), &len, word);
    if (!set_has(&ix->consulted, name_hash(name, len))) return;
    /* (the name before this definition is followed now, so that the
     * next one finds it known: each one redefined is followed once) */
    unsigned had = e->prev ? escapes_all(ix, e->prev, 0) : 0;
    if (escapes_of(ix, i) & ~had & ~(unsigned)ESC_KNOWN) ix->epoch++;
}

/* Adds a definition (the table doubles when half full, so this stays
 * linear in the number of #defines). */
static void add_entry(MacroIndex *ix, const Source *src, const LineMap *lines,
                      const Macros *macros, size_t def, size_t visible_at)
{
    vec_push(&ix->entries, ((Entry){ src, lines, macros, def, visible_at, 0, 0, 0, 0, 0, 0 }));
    size_t n = ix->entries.n;
    if (2 * n > ix->mask + 1) {
        size_t size = 2 * (ix->mask + 1);
        free(ix->slot);
        ix->slot = xmalloc(size * sizeof *ix->slot);
        memset(ix->slot, 0, size * sizeof *ix->slot);
        ix->mask = size - 1;
        for (size_t i = 0; i + 1 < n; i++) insert(ix, i);
    }
    insert(ix, n - 1);
    note_definition(ix, n - 1);
}

/* ---------------------------------------------------------------- headers */

static void follow_include(MacroIndex *ix, Diag *diag, const Source *from, const LineMap *lines,
                           size_t dir_len, size_t hash, size_t visible_at, int depth);
static void trust_managers_from(MacroIndex *ix, size_t visible_at);
static bool declares_no_manager(const char *name, size_t len);
static void note_manager_macro(MacroIndex *ix, const char *text, const MacroDef *m,
                               size_t visible_at);
static void scan_manager_declarations(MacroIndex *ix, const char *text, size_t size,
                                      size_t visible_at);

/* UTF-8 bytes too: gcc takes letters beyond ASCII in names */
static bool ident_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '$' || (unsigned char)c >= 0x80;
}

static bool is_word(const Source *src, const Token *t, const char *w);

/* Whether a line splice at s[i] (before end) parts two bytes of a word. */
static bool splice_in_word(const char *s, size_t i, size_t end)
{
    if (s[i] != '\\' || i == 0 || !ident_byte(s[i - 1])) return false;
    size_t j = i + 1;
    if (j < end && s[j] == '\r') j++;
    return j + 1 < end && s[j] == '\n' && ident_byte(s[j + 1]);
}

/* Does the text of m hold the word with, defer, errdefer, _Defer or
 * cwith_take (a token: not in a comment, not part of another word)? */
static bool holds_cwith_word(const Source *src, const MacroDef *m)
{
    static const char words[][11] = { "with", "defer", "errdefer", "_Defer", "cwith_take" };
    Token *t;
    size_t n = lex_range(src, m->body_start, m->body_end, &t);
    bool found = false;
    for (size_t i = 0; i < n && !found; i++)
        for (size_t w = 0; w < sizeof words / sizeof *words && !found; w++)
            found = t[i].raw == R_IDENT && text_is_word(src->text + t[i].pos, t[i].len, words[w]);
    free(t);
    return found;
}

/* Takes in a header's definitions and, in their place among them, the
 * headers it includes. */
static void add_header(MacroIndex *ix, Diag *diag, Header *h, size_t visible_at, int depth)
{
    size_t d = 0, k = 0;
    while (d < h->macros.n || k < h->includes.n) {
        if (k == h->includes.n || (d < h->macros.n && h->macros.v[d].name_pos < h->includes.v[k])) {
            const MacroDef *m = &h->macros.v[d];
            bool maybe = false;     /* (the words' bytes, before lexing the text) */
            for (size_t i = m->body_start; i + 4 <= m->body_end && !ix->header_with && !maybe; i++)
                maybe = (!memcmp(h->text + i, "with", 4) &&
                         (i == m->body_start || !ident_byte(h->text[i - 1])) &&
                         (i + 4 == m->body_end || !ident_byte(h->text[i + 4]))) ||
                        !memcmp(h->text + i, "efer", 4) ||  /* (err)defer, _Defer */
                        !memcmp(h->text + i, "take", 4) ||  /* cwith_take */
                        splice_in_word(h->text, i, m->body_end);  /* wi\ newline th */
            if (maybe) ix->header_with = holds_cwith_word(&h->src, m);
            if (!h->is_runtime) note_manager_macro(ix, h->text, m, visible_at);
            add_entry(ix, &h->src, &h->lines, &h->macros, d++, visible_at);
        } else {
            follow_include(ix, diag, &h->src, &h->lines, h->dir_len, h->includes.v[k++],
                           visible_at, depth + 1);
        }
    }
}

/* Reads a regular file, open as fd. */
static bool read_fd(int fd, char **text, size_t *size)
{
    size_t cap = 1 << 14, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) buf = xrealloc(buf, cap *= 2);
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            free(buf);
            return false;
        }
        if (got == 0) break;
        n += (size_t)got;
    }
    *text = buf;
    *size = n;
    return true;
}

/* Does the word at `at`, where a statement may start, begin a
 * with-statement (`with (items)` then a statement) or a defer statement?
 * *taken caches whether the header uses `defer` or `errdefer` as a name
 * (index: defer_in_macro's kind; -1: not known yet). */
static bool header_statement(const Source *src, const Token *at, signed char taken[4])
{
    Token *t;
    size_t end = src->size - at->pos > 4096 ? at->pos + 4096 : src->size;
    size_t n = lex_range(src, at->pos, end, &t);
    bool found = false;
    if (n >= 2 && is_word(src, &t[0], "with") && is_item_list(src, t, n, 1)) {
        size_t i = 1;
        for (int depth = 0; i < n; i++) {
            if (t[i].raw == R_LPAREN) depth++;
            else if (t[i].raw == R_RPAREN && --depth == 0) break;
        }
        int next = i + 1 < n ? t[i + 1].raw : R_EOF;
        found = next == R_LBRACE || next == R_IDENT || (next >= R_IF && next <= R_GOTO);
    } else if (n >= 2) {
        int kind = defer_in_macro(src, t, n, 0);
        if (kind > 1 && taken[kind] < 0)
            taken[kind] = word_used_as_name(src, kind == 2 ? "defer" : "errdefer");
        found = kind == 1 || (kind > 1 && !taken[kind]);
    }
    free(t);
    return found;
}

/* Lexes a header just read: its #defines and #include lines, and the first
 * with-statement or defer outside a #define (the build step translates
 * only its input: the compiler would get that one as written). */
static Header *new_header(char *path, size_t dir_len, char *text, size_t size,
                          const struct stat *st)
{
    Header *h = xmalloc(sizeof *h);
    memset(h, 0, sizeof *h);
    h->path = path;
    h->text = text;
    h->dir_len = dir_len;
    h->src = (Source){ path, text, size, &h->line_starts };
    h->dev = st->st_dev;
    h->ino = st->st_ino;
    Lexer *lx = lexer_new(&h->src, &h->lines, &h->macros);
    Token tok;
    int prev = R_SEMI;
    signed char taken[4] = { 0, 0, -1, -1 };
    while (lexer_next(lx, &tok) != 0) {
        bool starts = prev == R_SEMI || prev == R_LBRACE || prev == R_RBRACE ||
                      prev == R_RPAREN || prev == R_COLON || prev == R_ELSE || prev == R_DO;
        /* (the words, before lexing on; a splice may split one) */
        bool word = is_word(&h->src, &tok, "with") || is_word(&h->src, &tok, "defer") ||
                    is_word(&h->src, &tok, "_Defer") || is_word(&h->src, &tok, "errdefer");
        if (!h->has_stmt && starts && word && header_statement(&h->src, &tok, taken)) {
            h->stmt = tok;
            h->has_stmt = true;
        }
        prev = tok.raw;
    }
    const Directives *ds = lexer_directives(lx);
    for (size_t i = 0; i < ds->n; i++)
        if (ds->v[i].is_include) vec_push(&h->includes, ds->v[i].pos);
    lexer_free(lx);
    return h;
}

/* dir (dir_len bytes, ending in '/' unless empty) + name */
static char *join(const char *dir, size_t dir_len, const char *name, size_t name_len)
{
    bool slash = dir_len > 0 && dir[dir_len - 1] != '/';
    char *p = xmalloc(dir_len + slash + name_len + 1);
    memcpy(p, dir, dir_len);
    if (slash) p[dir_len] = '/';
    memcpy(p + dir_len + slash, name, name_len);
    p[dir_len + slash + name_len] = '\0';
    return p;
}

static size_t dir_len_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) + 1 : 0;
}

/* The first lone carriage return or trigraph, as translate.c refuses in
 * the input; SIZE_MAX: none. */
static size_t misread_spelling(const char *s, size_t size)
{
    const char *cr = find_lone_cr(s, size), *tri = find_trigraph(s, size);
    const char *first = !cr ? tri : !tri ? cr : cr < tri ? cr : tri;
    return first ? (size_t)(first - s) : SIZE_MAX;
}

static size_t file_hash(dev_t dev, ino_t ino)
{
    uint64_t h = ((uint64_t)ino ^ ((uint64_t)dev << 32)) * 0x9e3779b97f4a7c15u;
    return (size_t)(h ^ (h >> 29));
}

/* The header read from the file st, or NULL. */
static const Header *header_of_file(const MacroIndex *ix, const struct stat *st)
{
    if (!ix->header_slot) return NULL;
    for (size_t i = file_hash(st->st_dev, st->st_ino) & ix->header_mask; ix->header_slot[i];
         i = (i + 1) & ix->header_mask) {
        const Header *h = ix->header_slot[i];
        if (h->dev == st->st_dev && h->ino == st->st_ino) return h;
    }
    return NULL;
}

/* Puts h, of a file not read before, in the table (doubled when half full). */
static void add_header_file(MacroIndex *ix, Header *h)
{
    size_t size = ix->header_slot ? ix->header_mask + 1 : 0;
    if (2 * (ix->header_count + 1) > size) {
        Header **old = ix->header_slot;
        ix->header_mask = size ? 2 * size - 1 : 63;
        ix->header_slot = xcalloc(ix->header_mask + 1, sizeof *ix->header_slot);
        ix->header_count = 0;
        for (size_t i = 0; i < size; i++)
            if (old[i]) add_header_file(ix, old[i]);
        free(old);
    }
    size_t i = file_hash(h->dev, h->ino) & ix->header_mask;
    while (ix->header_slot[i]) i = (i + 1) & ix->header_mask;
    ix->header_slot[i] = h;
    ix->header_count++;
}

/* Is the file st the input itself? (A file that includes itself, as gcc's
 * torture tests do: its with-statements are the ones being translated.) */
static bool is_input(const MacroIndex *ix, const struct stat *st)
{
    struct stat in;
    return stat(ix->src->name, &in) == 0 && in.st_dev == st->st_dev && in.st_ino == st->st_ino;
}

/* The `#include "name"` line at `hash` (its '#') of `from`, whose directory
 * is from->name[0, dir_len): finds the header as cpp does (that directory,
 * then the -I directories; a directory of that name is passed over), reads
 * it unless it was read before, and takes in its definitions. A header not
 * found, or not a regular file (a device), is not read; one found that
 * cannot be read is an error, as it is for the compiler. `#include <...>`
 * and `#include MACRO` are not followed. */
static void follow_include(MacroIndex *ix, Diag *diag, const Source *from, const LineMap *lines,
                           size_t dir_len, size_t hash, size_t visible_at, int depth)
{
    if (depth > MAX_INCLUDE_DEPTH) {
        trust_managers_from(ix, visible_at);
        return;
    }
    const char *s = from->text;
    size_t i = skip_directive_blanks(s, hash, from->size), end = from->size;   /* (indented) */
    if (i < end && s[i] == '#') i++;
    else if (end - i >= 2 && s[i] == '%' && s[i + 1] == ':') i += 2;
    else return;
    i = skip_directive_blanks(s, i, end);
    size_t word = i;
    while (i < end && ident_byte(s[i])) i++;
    /* (#include_next and #import: read as #include, which can only add
     * definitions, and so refusals) */
    if (!((i - word == 7 && !memcmp(s + word, "include", 7)) ||
          (i - word == 12 && !memcmp(s + word, "include_next", 12)) ||
          (i - word == 6 && !memcmp(s + word, "import", 6))))
        return;
    i = skip_directive_blanks(s, i, end);
    char closer = i < end && s[i] == '<' ? '>' : '"';
    size_t name = i + 1, name_end = name;
    while (name_end < end && s[name_end] != closer && s[name_end] != '\n') {
        size_t splice = line_splice_len(s, name_end, end);     /* "d\ newline 7.h" */
        name_end += splice ? splice : 1;
    }
    if (i == end || (s[i] != '"' && s[i] != '<') || name_end == end || s[name_end] != closer ||
        name_end == name) {
        trust_managers_from(ix, visible_at);    /* #include MACRO: not seen */
        return;
    }
    size_t name_len = name_end - name;
    bool declares_none = declares_no_manager(s + name, name_len);
    if (closer == '>' || !ix->read_headers || memchr(s + name, '\0', name_len)) {
        if (!declares_none) trust_managers_from(ix, visible_at);
        return;                 /* <...> headers are not read */
    }

    char plain[4096];       /* the name without its line splices */
    const char *spelled = s + name;
    if (memchr(s + name, '\\', name_len) && (name_len = unsplice(s + name, name_len, plain,
                                                                  sizeof plain)) > 0)
        spelled = plain;
    if (name_len == 0) {
        trust_managers_from(ix, visible_at);
        return;
    }
    bool absolute = spelled[0] == '/';
    /* where the compiler looks: next to the including file, then in the -I
     * directories. It compiles the output: for the input's own includes,
     * next to the output, then -I, and last next to the input (a header
     * the compiler finds through a -I not given to cwith, most likely) */
    bool output_first = !absolute && from == ix->src && ix->output_dir;
    size_t n_dirs = 0;
    while (!absolute && ix->include_dirs && ix->include_dirs[n_dirs]) n_dirs++;
    for (size_t k = 0; k <= n_dirs + output_first; k++) {
        char *path;
        size_t dir = output_first ? (k == 0 ? SIZE_MAX : k <= n_dirs ? k : 0) : k;
        if (absolute) path = join("", 0, spelled, name_len);
        else if (dir == SIZE_MAX)
            path = join(ix->output_dir, strlen(ix->output_dir), spelled, name_len);
        else if (dir == 0) path = join(from->name, dir_len, spelled, name_len);
        else path = join(ix->include_dirs[dir - 1], strlen(ix->include_dirs[dir - 1]),
                         spelled, name_len);
        int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        struct stat st;
        if (fd < 0 && (errno == ENOENT || errno == ENOTDIR)) {
            free(path);
            continue;
        }
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            free(path);
            continue;
        }
        char *text = NULL;
        size_t size = 0;
        bool ok = fd >= 0 && fstat(fd, &st) == 0;
        bool regular = ok && S_ISREG(st.st_mode);
        bool seen = regular && header_of_file(ix, &st);
        if (regular && !seen) ok = read_fd(fd, &text, &size);
        int err = errno;
        if (fd >= 0) close(fd);
        if (!ok) {
            char why[128];
            if (strerror_r(err, why, sizeof why) != 0) snprintf(why, sizeof why, "error %d", err);
            Token at = token_at(from, name - 1, (unsigned)name_len + 2);
            error_in(diag, from, lines, &at, "cannot read the header \"%.*s\" (%s): %s",
                     (int)name_len, s + name, path, why);
        }
        if (!ok || !regular || seen) {
            if (!regular) trust_managers_from(ix, visible_at);
            free(path);
            return;
        }
        if (ix->header_read) ix->header_read(ix->header_context, path);
        Header *h = new_header(path, dir_len_of(path), text, size, &st);
        h->misread_at = misread_spelling(text, size);
        h->included_from = from;
        h->included_lines = lines;
        h->name_pos = name;
        h->name_len = name_len;
        h->next = ix->headers;
        ix->headers = h;
        add_header_file(ix, h);
        h->is_runtime = !strcmp(path + h->dir_len, "cwith.h");
        scan_manager_declarations(ix, h->text, size, visible_at);
        if (h->has_stmt && !is_input(ix, &st)) {
            Token at = token_at(from, name - 1, (unsigned)name_len + 2);
            bool with = is_word(&h->src, &h->stmt, "with");
            error_in(diag, from, lines, &at, "the header \"%.*s\" holds a %s in a function, and "
                     "the build step translates only its input (it reads headers for their "
                     "#defines): the compiler would get it untranslated; translate the header "
                     "too (cwith HEADER.cw -o HEADER), or build through the compiler wrapper "
                     "(cwith CC ...), which translates it with this file", (int)name_len,
                     s + name, with ? "with-statement" : "defer statement");
            note_in(diag, &h->src, &h->lines, &h->stmt, "the %s is here",
                    with ? "with-statement" : "defer statement");
        }
        add_header(ix, diag, h, visible_at, depth);
        return;
    }
    if (!declares_none) trust_managers_from(ix, visible_at);   /* not found */
}

/* -include FILE: read as if `#include "FILE"` were the input's first line
 * (cpp searches the current directory first, then the -I directories). */
static void include_forced(MacroIndex *ix, Diag *diag, const char *file)
{
    size_t n = strlen(file) + sizeof "#include \"\"";
    char *text = xmalloc(n);
    snprintf(text, n, "#include \"%s\"", file);
    Source src = { "<command-line>", text, n - 1, NULL };
    LineMap none = { 0 };
    follow_include(ix, diag, &src, &none, 0, 0, 0, 1);
    free(text);
}

/* Takes in what the input has defined and included since the last call,
 * in the order of the input. */
static void update(MacroIndex *ix, Diag *diag)
{
    if (!ix->forced_done) {
        ix->forced_done = true;
        for (const char *const *f = ix->force_includes; f && *f; f++) include_forced(ix, diag, *f);
    }
    const Macros *m = ix->macros;
    const Directives *d = ix->directives;
    size_t n_dirs = d ? d->n : 0;   /* (without read_headers: for the managers) */
    while (ix->indexed < m->n || ix->directives_done < n_dirs) {
        size_t def_pos = ix->indexed < m->n ? m->v[ix->indexed].name_pos : (size_t)-1;
        size_t dir_pos = ix->directives_done < n_dirs ? d->v[ix->directives_done].pos
                                                      : (size_t)-1;
        if (def_pos < dir_pos) {
            note_manager_macro(ix, ix->src->text, &m->v[ix->indexed], def_pos);
            add_entry(ix, ix->src, NULL, m, ix->indexed++, def_pos);
        } else {
            const Directive *dv = &d->v[ix->directives_done++];
            bool stdin_input = !strcmp(ix->src->name, "<stdin>");
            if (dv->is_include)
                follow_include(ix, diag, ix->src, diag->lines,
                               stdin_input ? 0 : dir_len_of(ix->src->name), dv->pos, dv->pos, 1);
        }
    }
}

MacroIndex *macro_index_new(const Source *src, const Macros *macros,
                            const Directives *directives, const cwith_options *options)
{
    MacroIndex *ix = xmalloc(sizeof *ix);
    memset(ix, 0, sizeof *ix);
    ix->src = src;
    ix->macros = macros;
    ix->directives = directives;
    ix->read_headers = options->read_headers;
    ix->include_dirs = options->include_dirs;
    ix->output_dir = options->output_dir;
    ix->check_managers = !options->whole_text && options->check_managers;
    ix->force_includes = options->force_includes;
    ix->trust_from = SIZE_MAX;
    ix->header_read = options->header_read;
    ix->header_context = options->header_context;
    ix->mask = 15;
    ix->defer_taken[2] = ix->defer_taken[3] = -1;
    ix->low = UINT_MAX;
    ix->escape_budget = MACRO_TOKEN_BUDGET;
    ix->pass = ix->passes = 1;      /* (0: an entry not followed yet) */
    ix->slot = xmalloc(16 * sizeof *ix->slot);
    memset(ix->slot, 0, 16 * sizeof *ix->slot);
    return ix;
}

void macro_index_free(MacroIndex *ix)
{
    if (!ix) return;
    for (Header *h = ix->headers, *next; h; h = next) {
        next = h->next;
        free(h->path);
        free(h->text);
        vec_free(&h->line_starts);
        vec_free(&h->lines);
        macros_free(&h->macros);
        vec_free(&h->includes);
        free(h);
    }
    for (size_t i = 0; ix->known && i <= ix->known_mask; i++) free(ix->known[i].name);
    free(ix->known);
    vec_free(&ix->entries);
    vec_free(&ix->cycle);
    free(ix->pieces.v);
    free(ix->consulted.v);
    free(ix->slot);
    free(ix->header_slot);
    free(ix);
}

static size_t lookup(const MacroIndex *ix, const char *name, size_t len)
{
    char word[NAME_WORD];
    name = plain_name(name, &len, word);
    size_t h = hash_bytes(name, len) & ix->mask;
    for (size_t s; (s = ix->slot[h]); h = (h + 1) & ix->mask) {
        const Entry *e = &ix->entries.v[s - 1];
        if (def_of(e)->name_len == len && !memcmp(name_of(e), name, len)) return s;
    }
    return 0;
}

/* lookup, for a name in the text of a macro being followed: noted, so
 * that a later #define of it starts a new epoch. */
static size_t lookup_used(MacroIndex *ix, const char *name, size_t len)
{
    char word[NAME_WORD];
    name = plain_name(name, &len, word);
    set_add(&ix->consulted, name_hash(name, len));
    return lookup(ix, name, len);
}

/* An entry, with what was found for it in an epoch before forgotten. */
static Entry *entry_now(MacroIndex *ix, size_t i)
{
    Entry *e = &ix->entries.v[i];
    if (e->epoch != ix->epoch) {
        e->epoch = ix->epoch;
        e->escapes = e->name_escapes = 0;
        e->pass = 0;
    }
    return e;
}

/* Does t[i], in a header's macro, begin a defer statement? As in the
 * filter, the plain words are not one in an input that uses them as names. */
static bool header_defer(MacroIndex *ix, const Source *src, const Token *t, size_t n, size_t i)
{
    int kind = defer_in_macro(src, t, n, i);
    if (kind > 1 && ix->defer_taken[kind] < 0)
        ix->defer_taken[kind] = word_used_as_name(ix->src, kind == 2 ? "defer" : "errdefer");
    return kind == 1 || (kind > 1 && !ix->defer_taken[kind]);
}

/* What a macro's use passes on from its definition. */
#define ESC_USES (ESC_LEAVE | ESC_BREAK | ESC_CONTINUE | ESC_BRACES | ESC_WITH | ESC_CASE | \
                  ESC_LABEL | ESC_PASTE | ESC_DEFER | ESC_TAKE | ESC_DEEP | ESC_CLEANUP)

/* Whether token t of src is a word (an identifier or a keyword). */
static bool is_word_token(const Source *src, const Token *t)
{
    unsigned char c = (unsigned char)src->text[t->pos];
    return c == '_' || c == '$' || c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The escapes of a jump keyword spelt w (n bytes, maybe with splices). */
static unsigned keyword_escapes(const char *w, size_t n)
{
    char word[16];
    n = unsplice(w, n, word, sizeof word);
    if ((n == 6 && !memcmp(word, "return", 6)) || (n == 4 && !memcmp(word, "goto", 4)))
        return ESC_LEAVE;
    if (n == 5 && !memcmp(word, "break", 5)) return ESC_BREAK;
    if (n == 8 && !memcmp(word, "continue", 8)) return ESC_CONTINUE;
    if ((n == 4 && !memcmp(word, "case", 4)) || (n == 7 && !memcmp(word, "default", 7)))
        return ESC_CASE;
    return 0;
}

/* Whether the word w of src (len bytes) is one of the names in the
 * parameter list src[params, params_end), or __VA_ARGS__. */
static bool is_param(const Source *src, size_t params, size_t params_end, const char *w,
                     size_t len)
{
    const char *s = src->text;
    if (len == 11 && !memcmp(w, "__VA_ARGS__", 11)) return true;
    for (size_t at = params; at < params_end;) {
        const char *hit = memchr(s + at, w[0], params_end - at);
        if (!hit) return false;
        size_t h = (size_t)(hit - s);
        if (h + len <= params_end && !memcmp(hit, w, len) && !ident_byte(s[h - 1]) &&
            (h + len == params_end || !ident_byte(s[h + len])))
            return true;
        at = h + 1;
    }
    return false;
}

/* Whether piece (len bytes) can begin (at_start) or end a jump keyword or
 * a macro's name: what pasting an argument to it may make. */
static bool piece_may_jump(MacroIndex *ix, const char *piece, size_t len, bool at_start)
{
    static const char jumps[][9] = { "return", "goto", "break", "continue" };
    for (size_t j = 0; j < sizeof jumps / sizeof *jumps; j++) {
        size_t jl = strlen(jumps[j]);
        if (len < jl && !memcmp(jumps[j] + (at_start ? 0 : jl - len), piece, len)) return true;
    }
    for (; ix->pieces_upto < ix->entries.n; ix->pieces_upto++) {     /* names new since */
        const Entry *e = &ix->entries.v[ix->pieces_upto];
        const char *name = name_of(e);
        size_t n = def_of(e)->name_len;
        uint64_t h = PIECE_PREFIX;
        for (size_t k = 0; k + 1 < n; k++) set_add(&ix->pieces, h = hash_step(h, name[k]));
        h = PIECE_SUFFIX;
        for (size_t k = n; k-- > 1;) set_add(&ix->pieces, h = hash_step(h, name[k]));
    }
    if (len == 0) return false;
    uint64_t h = at_start ? PIECE_PREFIX : PIECE_SUFFIX;
    if (at_start) for (size_t k = 0; k < len; k++) h = hash_step(h, piece[k]);
    else for (size_t k = len; k-- > 0;) h = hash_step(h, piece[k]);
    return set_has(&ix->pieces, h);
}

/* Whether the arguments of a use of a pasting macro (the parentheses
 * after t[i], if any) pass a word that pasting may turn into a jump: a
 * piece of a jump keyword (`CAT(ret, urn)`) or a macro's name (whose text
 * is not pasted when it is an operand of ##, but is where it is passed on
 * to another macro). Conservative: `CAT(x, n)` counts too. */
static bool pasted_args_may_jump(MacroIndex *ix, const Source *src, const Token *t, size_t n,
                                 size_t i, size_t params, size_t params_end, bool *passes_param)
{
    static const char jumps[][9] = { "return", "goto", "break", "continue" };
    if (i + 1 >= n || t[i + 1].raw != R_LPAREN) return false;
    int depth = 0;
    for (size_t k = i + 1; k < n; k++) {
        if (t[k].raw == R_LPAREN) depth++;
        else if (t[k].raw == R_RPAREN && --depth == 0) break;
        if (!is_word_token(src, &t[k])) continue;
        char word[64];
        size_t len = unsplice(src->text + t[k].pos, t[k].len, word, sizeof word);
        if (params_end > params && is_param(src, params, params_end, word, len)) {
            *passes_param = true;   /* decided where the enclosing macro is used */
            continue;
        }
        if (lookup(ix, word, len)) return true;
        /* a piece of a macro's name: `ON_ERR_ ## kind` with FAIL makes
         * ON_ERR_FAIL */
        if (piece_may_jump(ix, word, len, true) || piece_may_jump(ix, word, len, false))
            return true;
        for (size_t j = 0; j < sizeof jumps / sizeof *jumps; j++) {
            size_t jl = strlen(jumps[j]);
            for (size_t at = 0; len <= jl && at + len <= jl; at++)
                if (!memcmp(jumps[j] + at, word, len)) return true;
        }
    }
    return false;
}

/* Whether token b follows token a with nothing between but line splices:
 * `#\` newline `#` is one ## for the preprocessor. */
static bool joined(const char *s, const Token *a, const Token *b)
{
    size_t i = a->pos + a->len;
    while (i < b->pos && s[i] == '\\') {
        i++;
        if (i < b->pos && s[i] == '\r') i++;
        if (i < b->pos && s[i] == '\n') i++;
    }
    return i == b->pos;
}

/* The tokens of a paste operator at t[i] (## or %:%:, which the scanner
 * gives as single bytes), or 0. */
static size_t paste_at(const char *s, const Token *t, size_t n, size_t i)
{
    if (i + 1 < n && s[t[i].pos] == '#' && s[t[i + 1].pos] == '#' && joined(s, &t[i], &t[i + 1]))
        return 2;
    if (i + 3 < n && t[i].len == 1 && s[t[i].pos] == '%' && s[t[i + 1].pos] == ':' &&
        s[t[i + 2].pos] == '%' && s[t[i + 3].pos] == ':' && joined(s, &t[i], &t[i + 1]) &&
        joined(s, &t[i + 1], &t[i + 2]) && joined(s, &t[i + 2], &t[i + 3]))
        return 4;
    return 0;
}

/* The escapes of a chain of pastes of three words or more (`re ## tu ##
 * rn`), from the operand t[i]: read whole; one with a parameter gives
 * ESC_PASTE. *end: past its last operand. */
static unsigned paste_chain_escapes(MacroIndex *ix, const Source *src, const Token *t, size_t n,
                                    size_t i, int depth, size_t params, size_t params_end,
                                    size_t *end)
{
    const char *s = src->text;
    char word[256];
    size_t len = 0;
    bool param = false, words = true;
    for (size_t k = i;;) {
        if (!is_word_token(src, &t[k])) words = false;
        else {
            size_t w = unsplice(s + t[k].pos, t[k].len, word + len, sizeof word - len);
            if (is_param(src, params, params_end, word + len, w)) param = true;
            len += w;
        }
        size_t op = paste_at(s, t, n, k + 1);
        if (!op || k + 1 + op >= n) {
            *end = k + 1;
            break;
        }
        k += 1 + op;
    }
    /* `resume_ ## a ## b:` makes a label (not after `case` or `?`) */
    int before = i >= 1 ? t[i - 1].raw : R_SEMI;
    unsigned esc = *end < n && t[*end].raw == R_COLON && before != R_CASE &&
                   before != R_QUESTION ? ESC_LABEL : 0;
    if (param || !words) return esc | ESC_PASTE;
    size_t def = lookup_used(ix, word, len);
    return esc | keyword_escapes(word, len) |
           (def ? escapes_all(ix, def, depth + 1) & ESC_USES : 0);
}

/* The escapes of the token pastes (##) in a definition's tokens t: a paste
 * of two words of its own text is read whole (`ret ## urn` is return, `CHE
 * ## CK` the macro CHECK); one with a parameter gives ESC_PASTE. */
static unsigned paste_escapes(MacroIndex *ix, const Source *src, const Token *t, size_t n,
                              int depth, size_t params, size_t params_end)
{
    const char *s = src->text;
    unsigned esc = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        size_t first = i, op = paste_at(s, t, n, i), after = i + op;
        if (!op) continue;
        if (first == 0 || after >= n) continue;
        size_t next_op = paste_at(s, t, n, after + 1);
        if (next_op && after + 1 + next_op < n) {   /* a chain: `re ## tu ## rn` */
            esc |= paste_chain_escapes(ix, src, t, n, first - 1, depth, params, params_end, &i);
            i--;    /* (the loop's i++) */
            continue;
        }
        const Token *l = &t[first - 1], *r = &t[after];
        if (!is_word_token(src, l) || !is_word_token(src, r)) continue;   /* , ## __VA_ARGS__ */
        char word[64];
        size_t a = unsplice(s + l->pos, l->len, word, sizeof word);
        size_t b = unsplice(s + r->pos, r->len, word + a, sizeof word - a);
        /* `resume_ ## n:` makes a label (not after `case` or `?`) */
        int before = first >= 2 ? t[first - 2].raw : R_SEMI;
        if (after + 1 < n && t[after + 1].raw == R_COLON && before != R_CASE &&
            before != R_QUESTION)
            esc |= ESC_LABEL;
        bool lp = is_param(src, params, params_end, word, a);
        bool rp = is_param(src, params, params_end, word + a, b);
        if (lp || rp) {
            /* `field_ ## n` can make no jump keyword or macro name: no check */
            if ((lp && rp) || (rp && piece_may_jump(ix, word, a, true)) ||
                (lp && piece_may_jump(ix, word + a, b, false)))
                esc |= ESC_PASTE;
            continue;
        }
        esc |= keyword_escapes(word, a + b);
        size_t def = lookup_used(ix, word, a + b);
        if (def) esc |= escapes_all(ix, def, depth + 1) & ESC_USES;
    }
    return esc;
}


/* Where each token's group and statement end, computed once per token
 * list (from the right: each end is found from later ones), so that
 * nested control statements do not each scan to their end (a macro of
 * 80,000 nested `for (;;)` was quadratic). */
typedef struct Ends {
    size_t *paren;      /* at '(': past its ')' (parentheses only), else n */
    size_t *rbrack;     /* the first ']' at or after i, or n */
    size_t *stmt;       /* past the statement that starts at i */
} Ends;

static void ends_init(Ends *e, const Token *t, size_t n)
{
    e->paren = xmalloc((n + 1) * sizeof *e->paren);
    e->rbrack = xmalloc((n + 1) * sizeof *e->rbrack);
    e->stmt = xmalloc((n + 2) * sizeof *e->stmt);
    size_t *close = xmalloc((n + 1) * sizeof *close);   /* any bracket, by depth */
    size_t *simple = xmalloc((n + 2) * sizeof *simple); /* past ';' at depth 0 */
    VEC(size_t) any = { 0 }, parens = { 0 };
    for (size_t i = 0; i <= n; i++) e->paren[i] = close[i] = n;
    for (size_t i = 0; i < n; i++) {
        int r = t[i].raw;
        if (r == R_LPAREN) vec_push(&parens, i);
        else if (r == R_RPAREN && parens.n) e->paren[parens.v[--parens.n]] = i + 1;
        if (r == R_LPAREN || r == R_LBRACE || r == R_LBRACK) vec_push(&any, i);
        else if ((r == R_RPAREN || r == R_RBRACE || r == R_RBRACK) && any.n)
            close[any.v[--any.n]] = i;
    }
    vec_free(&any);
    vec_free(&parens);
    e->rbrack[n] = simple[n] = simple[n + 1] = e->stmt[n] = e->stmt[n + 1] = n;
    for (size_t i = n; i-- > 0;) {
        int r = t[i].raw;
        e->rbrack[i] = r == R_RBRACK ? i : e->rbrack[i + 1];
        if (r == R_SEMI) simple[i] = i + 1;
        else if (r == R_LPAREN || r == R_LBRACE || r == R_LBRACK)
            simple[i] = close[i] < n ? simple[close[i] + 1] : n;
        else if (r == R_RPAREN || r == R_RBRACE || r == R_RBRACK) simple[i] = i;
        else simple[i] = simple[i + 1];
        size_t end;
        switch (r) {
        case R_LBRACE:
            end = close[i] < n ? close[i] + 1 : n;
            break;
        case R_IF: case R_FOR: case R_WHILE: case R_SWITCH: {
            size_t body = i + 1 < n && t[i + 1].raw == R_LPAREN ? e->paren[i + 1] : i + 1;
            end = e->stmt[body];
            if (r == R_IF && end < n && t[end].raw == R_ELSE) end = e->stmt[end + 1];
            break;
        }
        case R_DO:
            end = e->stmt[i + 1];
            if (end + 1 < n && t[end].raw == R_WHILE && t[end + 1].raw == R_LPAREN) {
                end = e->paren[end + 1];
                if (end < n && t[end].raw == R_SEMI) end++;
            }
            break;
        default:
            end = simple[i];
        }
        e->stmt[i] = end;
    }
    free(close);
    free(simple);
}

static void ends_free(Ends *e)
{
    free(e->paren);
    free(e->rbrack);
    free(e->stmt);
}

/* Whether position i is in the body of one of the regions open (their
 * ends and the ends of their headers, innermost last), not only in the
 * header of the innermost: a break in a statement expression in a loop's
 * header is the loop's around it (gcc; clang differs, analyze.c). */
static bool in_body_of(const size_t *ends, const size_t *heads, size_t n, size_t i)
{
    for (size_t k = n; k-- > 0;)
        if (ends[k] > i && heads[k] <= i) return true;
    return false;
}

/* The escapes of a token list of src: the regions of its own loops and
 * switches enclose the break and continue inside them. */
static unsigned escapes_in(MacroIndex *ix, const Source *src, const Token *t, size_t n,
                           int depth, size_t params, size_t params_end)
{
    /* the regions of the loops and switches open, innermost last (nested
     * ones end sooner), and where their headers end */
    VEC(size_t) loops = { 0 }, switches = { 0 }, loop_heads = { 0 }, switch_heads = { 0 };
    size_t control_close = SIZE_MAX;    /* the ')' of the last if, for, while or switch */
    size_t pragma_close = SIZE_MAX;     /* that of the last _Pragma( */
    size_t attr_end = 0;    /* past the last __attribute__((...)) or [[...]] */
    unsigned esc = 0;
    int braces = 0, parens = 0;
    Ends ends;
    ends_init(&ends, t, n);
    /* the text's first token after macros that may expand to nothing
     * (`#define OR_ELSE NOTHING else` begins with else) */
    size_t lead = 0;
    while (lead < n && t[lead].raw == R_IDENT) {
        size_t def = lookup_used(ix, src->text + t[lead].pos, t[lead].len);
        if (!def || !(escapes_all(ix, def, depth + 1) & ESC_EMPTY)) break;
        lead = lead + 1 < n && t[lead + 1].raw == R_LPAREN ? ends.paren[lead + 1] : lead + 1;
    }
    if (lead == n) esc |= ESC_EMPTY;
    for (size_t i = 0; i < n; i++) {
        if (t[i].raw == R_LBRACE) braces++;
        else if (t[i].raw == R_RBRACE && --braces < 0) esc |= ESC_BRACES;
        else if (t[i].raw == R_LPAREN) parens++;
        else if (t[i].raw == R_RPAREN) parens--;
        if (t[i].raw == R_ATTR && i + 2 < n && t[i + 1].raw == R_LPAREN &&
            t[i + 2].raw == R_LPAREN)
            attr_end = ends.paren[i + 1];
        else if (t[i].raw == R_LBRACK && i + 1 < n && t[i + 1].raw == R_LBRACK)
            attr_end = ends.rbrack[i + 2];
        while (loops.n && loops.v[loops.n - 1] <= i) loops.n--, loop_heads.n--;
        while (switches.n && switches.v[switches.n - 1] <= i) switches.n--, switch_heads.n--;
        bool in_loop = in_body_of(loops.v, loop_heads.v, loops.n, i);
        bool in_switch = in_body_of(switches.v, switch_heads.v, switches.n, i);
        switch (t[i].raw) {
        case R_IF:
            control_close = ends.paren[i + 1] - 1;
            break;
        case R_FOR: case R_WHILE: case R_SWITCH: {
            size_t body = ends.paren[i + 1];
            control_close = body - 1;
            size_t end = ends.stmt[body];
            if (t[i].raw == R_SWITCH) vec_push(&switches, end), vec_push(&switch_heads, body);
            else vec_push(&loops, end), vec_push(&loop_heads, body);
            break;
        }
        case R_DO:
            vec_push(&loops, ends.stmt[i + 1]);
            vec_push(&loop_heads, i + 1);
            break;
        case R_RETURN: case R_GOTO:
            esc |= ESC_LEAVE;
            break;
        case R_ELSE:
            if (i == lead) esc |= ESC_ELSE;
            break;
        case R_BREAK:
            if (!in_loop && !in_switch) esc |= ESC_BREAK;
            break;
        case R_CONTINUE:
            if (!in_loop) esc |= ESC_CONTINUE;
            break;
        case R_CASE: case R_DEFAULT:    /* (not _Generic's default, in parentheses) */
            if (!in_switch && parens <= 0) esc |= ESC_CASE;
            break;
        case R_IDENT: {
            /* a label: a name and `:` where a statement starts */
            bool starts = i == 0 || t[i - 1].raw == R_SEMI || t[i - 1].raw == R_LBRACE ||
                          t[i - 1].raw == R_RBRACE || t[i - 1].raw == R_DO ||
                          t[i - 1].raw == R_ELSE || t[i - 1].raw == R_COLON ||
                          i - 1 == control_close || i - 1 == pragma_close ||
                          (i == attr_end && t[i - 1].raw == R_RPAREN);
            if (is_word(src, &t[i], "_Pragma") && i + 1 < n && t[i + 1].raw == R_LPAREN)
                pragma_close = ends.paren[i + 1] - 1;
            if (starts && parens <= 0 && i + 1 < n && t[i + 1].raw == R_COLON)
                esc |= ESC_LABEL;
            if (src != ix->src && is_word(src, &t[i], "with") &&
                (i + 1 == n || is_item_list(src, t, n, i + 1)))     /* (`with` last: an alias) */
                esc |= ESC_WITH;
            if (src != ix->src && header_defer(ix, src, t, n, i))
                esc |= ESC_DEFER;
            if (src != ix->src && is_take_call(src, t, n, i))
                esc |= ESC_TAKE;
            if (i < attr_end && i + 1 < n && t[i + 1].raw == R_LPAREN &&
                (is_word(src, &t[i], "cleanup") || is_word(src, &t[i], "__cleanup__")))
                esc |= ESC_CLEANUP;     /* (not a function named cleanup) */
            size_t def = lookup_used(ix, src->text + t[i].pos, t[i].len);
            if (!def) break;
            unsigned inner = escapes_all(ix, def, depth + 1);
            if (i <= lead) esc |= inner & ESC_ELSE;
            if (inner & ESC_PASTE) {
                bool passes = false;
                bool called = i + 1 < n && t[i + 1].raw == R_LPAREN;
                if (called && pasted_args_may_jump(ix, src, t, n, i, params, params_end, &passes))
                    inner |= ESC_LEAVE;     /* (break/continue too: leaves any statement) */
                else if (called && !passes)
                    inner &= ~(unsigned)ESC_PASTE;  /* its arguments make no jump */
                /* named without its arguments (`#define C CAT`): they come
                 * where this macro is used, which pastes them too */
            }
            if (in_loop) inner &= ~(unsigned)(ESC_BREAK | ESC_CONTINUE);
            if (in_switch) inner &= ~(unsigned)(ESC_BREAK | ESC_CASE);
            esc |= inner & ESC_USES;
            break;
        }
        default:
            break;
        }
    }
    if (braces != 0) esc |= ESC_BRACES;
    ends_free(&ends);
    vec_free(&loops);
    vec_free(&loop_heads);
    vec_free(&switch_heads);
    vec_free(&switches);
    return esc;
}

/* Whether a definition's tokens are not one whole statement that needs
 * its `;`: they hold a `;`, or start a statement that takes the next one
 * (`if (c)`, `for (...)`, `else`), outside parentheses and braces. A
 * `do { } while (0)` macro is whole. */
static bool partial_statement(const Token *t, size_t n)
{
    int depth = 0;
    bool after_do = false;
    for (size_t i = 0; i < n; i++) {
        int r = t[i].raw;
        if (r == R_LPAREN || r == R_LBRACE || r == R_LBRACK) depth++;
        else if (r == R_RPAREN || r == R_RBRACE || r == R_RBRACK) depth--;
        else if (depth == 0 && r == R_DO) after_do = true;
        else if (depth == 0 && (r == R_SEMI || r == R_IF || r == R_ELSE || r == R_FOR ||
                                r == R_SWITCH || (r == R_WHILE && !after_do)))
            return true;
    }
    return false;
}

/* The escapes of one definition's text, following the macros it uses
 * (escapes_all) depth + 1 deep. */
static unsigned definition_escapes(MacroIndex *ix, const Entry *e, int depth)
{
    const MacroDef *m = def_of(e);
    size_t params = m->name_pos + m->name_len, params_end = params;
    if (m->function_like) {     /* the parameter list, for the pastes */
        const char *close = memchr(e->src->text + params, ')', m->body_start - params);
        params_end = close ? (size_t)(close - e->src->text) : m->body_start;
    }
    Token *t;
    size_t n = lex_range(e->src, m->body_start, m->body_end, &t);
    ix->escape_budget -= n < ix->escape_budget ? n : ix->escape_budget;
    unsigned esc = escapes_in(ix, e->src, t, n, depth, params, params_end) |
                   paste_escapes(ix, e->src, t, n, depth, params, params_end);
    if (partial_statement(t, n)) esc |= ESC_PARTIAL;
    free(t);
    return esc & ~(unsigned)ESC_KNOWN;
}

/* The escapes of a macro name: of every definition of the name of entry
 * def - 1 (1-based, as lookup returns it), that one and those before it,
 * since cwith does not evaluate #if; kept on that entry (name_escapes).
 *
 * Names whose macros use each other (a cycle: `#define T (T + 1)`, `#define
 * B A` with `#define A B; return 1`, one name #defined in several #if
 * branches that use it) are followed to a fixed point, as a data-flow
 * analysis does: a name met again while it is being followed (ESC_BUSY)
 * gives the escapes found for it so far, and the name at the top of the
 * cycle (the first started of those the others met) follows the cycle
 * again, one pass more, until no name of it finds a new escape. Each name
 * is followed once per pass (a pass number marks the ones done), so
 * crossed cycles take a few passes, not one walk per path (12 macros that
 * each use all 12: 12! paths); one not settled after MACRO_PASSES_MAX
 * passes is given up (ESC_DEEP). The preprocessor does not expand a macro
 * inside its own expansion, so it may see fewer escapes than this, never
 * more: cwith may refuse, never miss a jump. */
static unsigned escapes_all(MacroIndex *ix, size_t def, int depth)
{
    Entry *e = entry_now(ix, def - 1);
    if (e->name_escapes & ESC_KNOWN) return e->name_escapes;
    if ((e->name_escapes & ESC_BUSY) || e->pass == ix->pass) {
        /* being followed further up (a cycle), or followed in this pass
         * of a cycle whose top is: what is known of it so far */
        if (e->order < ix->low) ix->low = e->order;
        return (e->name_escapes & ~(unsigned)ESC_BUSY) | ESC_KNOWN;
    }
    if (depth > MACRO_DEPTH_MAX || ix->escape_budget == 0) {
        ix->low = ix->top_order;    /* remembered by the use's own macro only */
        return ESC_DEEP;
    }
    unsigned order = ++ix->orders;
    if (ix->following++ == 0) ix->top_order = order;
    unsigned outer_low = ix->low, outer_pass = ix->pass;
    bool outer_grew = ix->grew;
    size_t members = ix->cycle.n;
    unsigned esc;
    int passes_here = 0;
    for (;;) {
        unsigned before = e->name_escapes;
        e->name_escapes |= ESC_BUSY;
        e->order = order;
        ix->low = UINT_MAX;
        ix->grew = false;
        esc = before;
        for (size_t d = def; d; d = ix->entries.v[d - 1].prev) {
            const Entry *older = &ix->entries.v[d - 1];
            if (d != def && older->epoch == ix->epoch && (older->name_escapes & ESC_KNOWN)) {
                esc |= older->name_escapes;     /* the name as it was before: known */
                break;
            }
            esc |= definition_escapes(ix, older, depth);
        }
        esc &= ~(unsigned)ESC_KNOWN;
        e->name_escapes = esc;
        bool grew = ix->grew || esc != before;
        if (ix->low < order) {
            /* in a cycle through a name that started before, whose passes
             * follow this one again: its value so far, for the rest of
             * this pass (numbers, not depths: Tarjan's lowlink) */
            e->pass = ix->pass;
            e->order = ix->low;
            vec_push(&ix->cycle, def - 1);
            ix->grew = outer_grew || grew;
            break;
        }
        bool unsettled = ix->low == order && grew;
        if (unsettled && ++passes_here < MACRO_PASSES_MAX) {
            ix->pass = ++ix->passes;        /* the top of a cycle: again */
            ix->cycle.n = members;
            continue;
        }
        /* final: this name and those of its cycle. Not settled after
         * MACRO_PASSES_MAX passes: not followed to its end (its uses are
         * refused). Else a name cut short at the depth limit on the way
         * here (ESC_DEEP) may be less deep from a use of its own: followed
         * again from there */
        if (unsettled) esc |= ESC_DEEP;
        e->name_escapes = esc | ESC_KNOWN;
        for (size_t i = members; i < ix->cycle.n; i++) {
            Entry *member = &ix->entries.v[ix->cycle.v[i]];
            if (unsettled) member->name_escapes |= ESC_DEEP | ESC_KNOWN;
            else if (member->name_escapes & ESC_DEEP) member->name_escapes = 0, member->pass = 0;
            else member->name_escapes |= ESC_KNOWN;
        }
        ix->cycle.n = members;
        ix->grew = outer_grew;
        break;
    }
    ix->following--;
    ix->pass = outer_pass;
    if (outer_low < ix->low) ix->low = outer_low;
    return esc | ESC_KNOWN;
}

/* The escapes of one definition (entry), for the notes and the checks of
 * a header's macros: followed from the top, so final. */
static unsigned escapes_of(MacroIndex *ix, size_t entry)
{
    Entry *e = entry_now(ix, entry);
    if (!(e->escapes & ESC_KNOWN))
        e->escapes = definition_escapes(ix, e, 0) | ESC_KNOWN;
    return e->escapes;
}

/* The definition (1-based) among def's that has one of the escapes in
 * mask: the one a note points at. */
static size_t definition_with(MacroIndex *ix, size_t def, unsigned mask)
{
    for (size_t d = def; d; d = ix->entries.v[d - 1].prev)
        if (escapes_of(ix, d - 1) & mask) return d;
    return def;
}

/* ------------------------------------------------------------ with bodies */

static bool in_body(const Node *n, size_t pos)
{
    return n->body && pos >= n->body->start && pos < n->body->end;
}

/* The last defer among a block's statements before pos, whose scope then
 * holds pos, or NULL. */
static const Node *defer_before(const Node *block, size_t pos)
{
    const Node *last = NULL;
    if (block->kind != N_BLOCK && block->kind != N_STMT_EXPR && block->kind != N_FUNC)
        return NULL;
    for (const Node *k = block->kids; k && k->start < pos; k = k->next)
        if (k->kind == N_DEFER && k->end <= pos) last = k;
    return last;
}

/* The with-statement (or defer statement) a jump of kind `esc` at pos
 * would leave, or NULL; for a label (ESC_CASE, ESC_LABEL) at pos, the one
 * a jump to it would enter. In a with-statement's header after its first
 * item's call, the items before are entered; a deferred statement must
 * not be left either. */
static const Node *with_left(const Node *at, size_t pos, unsigned esc, bool defers)
{
    for (const Node *p = at; p; p = p->parent) {
        const Node *d = defers ? defer_before(p, pos) : NULL;
        if (d) return d;
        if (p->kind == N_FUNC) break;
        if (p->kind == N_WITH && p->nitems > 0 && pos >= p->items[0].call_end &&
            pos < p->body->start)
            return p;
        if (p->kind == N_DEFER && pos >= p->start && pos < p->end) return p;
        if (!in_body(p, pos)) continue;
        if (p->kind == N_WITH) return p;
        bool loop = p->kind == N_FOR || p->kind == N_WHILE || p->kind == N_DO ||
                    p->kind == N_MACRO;
        if (esc == ESC_CONTINUE && loop) return NULL;
        if (esc == ESC_BREAK && (loop || p->kind == N_SWITCH)) return NULL;
        if (esc == ESC_CASE && p->kind == N_SWITCH) return NULL;
    }
    return NULL;
}

/* A body token where a diagnostic names it (its line found in the
 * source's index of line starts, not by a scan for each). */
static Token in_file(const Source *src, const BodyToken *t)
{
    return token_at(src, t->pos, t->len);
}

/* pasted_args_may_jump for the use of a pasting macro at body token t[i]:
 * the words of its call, and of the parenthesized groups right after it
 * (`G()(ret, urn)` with `#define G() CAT`), as Tokens. Named without its
 * arguments (`ID(CAT)(ret, urn)`), it may paste any: true. */
static bool pasted_call_may_jump(MacroIndex *ix, const BodyToken *t, size_t n, size_t i,
                                 bool *unused)
{
    if (i + 1 >= n || t[i + 1].raw != R_LPAREN || t[i + 1].gap) return true;
    bool jumps = false;
    for (size_t open = i + 1; !jumps && open < n && t[open].raw == R_LPAREN && !t[open].gap;) {
        size_t end = open;
        for (int depth = 0; end < n; end++) {
            if (t[end].raw == R_LPAREN) depth++;
            else if (t[end].raw == R_RPAREN && --depth == 0) break;
        }
        size_t m = 1 + (end < n ? end + 1 : n) - open;     /* the name, then the group */
        Token *call = xcalloc(m, sizeof *call);
        for (size_t k = 0; k < m; k++) {
            const BodyToken *b = k == 0 ? &t[i] : &t[open + k - 1];
            call[k].raw = b->raw;
            call[k].pos = b->pos;
            call[k].len = b->len;
        }
        jumps = pasted_args_may_jump(ix, ix->src, call, m, 0, 0, 0, unused);
        free(call);
        open = end + 1;
    }
    return jumps;
}

/* A jump keyword inside parentheses (not in a statement expression's
 * braces) is in a macro's argument (`ON_ERR(x, return -1)`): the macro
 * runs it where cwith cannot see. Refused where it may leave a
 * with-statement or a defer's scope. */
static void check_jump_argument(Node *func, NodeCursor *cur, const Source *src,
                                const BodyToken *t, size_t i, Diag *diag)
{
    unsigned esc = t[i].raw == R_BREAK ? ESC_BREAK : t[i].raw == R_CONTINUE ? ESC_CONTINUE
                                                                            : ESC_LEAVE;
    const Node *w = with_left(node_cursor_at(cur, t[i].pos), t[i].pos, esc, func->has_defer);
    if (!w) return;
    Token use = in_file(src, &t[i]);
    bool is_defer = w->kind == N_DEFER;
    error_at(diag, &use, "'%.*s' in a macro's argument: cwith does not expand macros, so it "
             "cannot give this jump %s; write the jump out as a statement", (int)t[i].len,
             src->text + t[i].pos, is_defer ? "the deferred statement" : "its exits");
    note_at(diag, &w->tok, is_defer ? "the defer statement is here"
                                    : "the with-statement is here");
}

/* The with-statement or defer whose braceless body, else branch or
 * deferred statement holds pos, with no brace between, or NULL: cwith
 * gives that statement braces of its own, so a macro there must be one
 * whole statement. */
static const Node *braceless_owner(const Node *at, size_t pos)
{
    for (const Node *p = at; p && p->kind != N_FUNC; p = p->parent) {
        if (p->kind == N_BLOCK || p->kind == N_STMT_EXPR) return NULL;
        if (p->kind == N_DEFER && p->body && pos >= p->body->start) return p;
        if (p->kind == N_WITH && (in_body(p, pos) ||
                                  (p->else_body && pos >= p->else_body->start &&
                                   pos < p->else_body->end)))
            return p;
    }
    return NULL;
}

bool macro_may_jump_in(MacroIndex *ix, Diag *diag, size_t start, size_t end)
{
    if (!ix) return false;
    update(ix, diag);
    if (ix->entries.n == 0) return false;
    Token *t;
    size_t n = lex_range(ix->src, start, end, &t);
    bool jumps = false;
    for (size_t i = 0; i < n && !jumps; i++) {
        if (t[i].raw != R_IDENT) continue;
        size_t def = lookup(ix, ix->src->text + t[i].pos, t[i].len);
        jumps = def && (escapes_all(ix, def, 0) & (ESC_LEAVE | ESC_BREAK | ESC_CONTINUE |
                                                   ESC_CASE | ESC_LABEL | ESC_BRACES |
                                                   ESC_PASTE | ESC_DEEP));
    }
    free(t);
    return jumps;
}

static void report_else_macro(Diag *diag, const Entry *e, Token use)
{
    const MacroDef *m = def_of(e);
    Token def_tok = token_at(e->src, m->name_pos, m->name_len);
    error_at(diag, &use, "the macro '%.*s' begins with else, and cwith does not expand macros: "
             "it cannot tell whether the else belongs to an if or to a with-statement; write "
             "else out", (int)m->name_len, name_of(e));
    note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here", (int)m->name_len,
            name_of(e));
}

/* A jump at or after pos, in the tree below n, that leaves a with-statement
 * whose body holds pos (*jump: the jump), or NULL. */
static const Node *jump_leaving_from(const Node *n, size_t pos, const Node **jump)
{
    for (; n; n = n->next) {
        if (n->kind == N_FUNC || n->end <= pos) continue;
        const Action *a = n->exit_head;
        for (int e = 0; n->start >= pos && e < n->nexits; e++, a = a->outer) {
            if (a->kind == ACT_WITH_EXIT && in_body(a->owner, pos)) {
                *jump = n;
                return a->owner;
            }
        }
        const Node *w = jump_leaving_from(n->kids, pos, jump);
        if (!w && n->body) w = jump_leaving_from(n->body, pos, jump);
        if (!w && n->else_body) w = jump_leaving_from(n->else_body, pos, jump);
        if (w) return w;
    }
    return NULL;
}

/* A cleanup attribute at pos (in a macro's text) declares a variable of
 * the block around it: the with-statement a later jump in that block
 * leaves from the variable's scope, as analyze.c's check_cleanups finds
 * for one written out, or NULL. Only a block's first such attribute is
 * looked at (the jumps after a later one come after the first, and the
 * variables of a block share the with-statements around them): *done
 * holds the blocks looked at that are still open, outermost first, for
 * positions in increasing order (N attributes in a block: linear). */
typedef VEC(const Node *) OpenBlocks;

static const Node *jump_from_cleanup(const Node *at, size_t pos, OpenBlocks *done,
                                     const Node **jump)
{
    const Node *b = at;
    while (b->parent && b->kind != N_BLOCK && b->kind != N_STMT_EXPR && b->kind != N_FUNC)
        b = b->parent;
    while (done->n && done->v[done->n - 1]->end <= pos) done->n--;
    for (size_t i = 0; i < done->n; i++)
        if (done->v[i] == b) return NULL;
    vec_push(done, b);
    return jump_leaving_from(b->kids, pos, jump);
}

/* A use of a macro the build step could not follow to its end: it may
 * jump or open a brace where cwith cannot see. */
static void report_deep_macro(Diag *diag, const Entry *e, Token use)
{
    const MacroDef *m = def_of(e);
    Token def_tok = token_at(e->src, m->name_pos, m->name_len);
    error_at(diag, &use, "cwith cannot follow the macro '%.*s' to its end (it goes through "
             "more than %d nested macros, or through too many macros in all), so it cannot "
             "tell whether it jumps or opens a brace; build through the compiler wrapper "
             "(cwith CC ...), which sees it expanded", (int)m->name_len, name_of(e),
             MACRO_DEPTH_MAX);
    note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here", (int)m->name_len,
            name_of(e));
}

/* Headers read whose spelling the build step misreads: refused once, in
 * the first function that holds a with-statement or defer (a with-free
 * file is copied as it is). Only the headers read since the last call
 * are looked at (the list grows at its head). */
static void report_misread_headers(MacroIndex *ix, Diag *diag)
{
    const Header *checked = ix->misread_checked;
    ix->misread_checked = ix->headers;
    for (Header *h = ix->headers; h != checked; h = h->next) {
        if (h->misread_at == SIZE_MAX) continue;
        bool cr = h->text[h->misread_at] == '\r';
        Token at = token_at(h->included_from, h->name_pos - 1, (unsigned)h->name_len + 2);
        error_in(diag, h->included_from, h->included_lines, &at, "the header \"%.*s\" holds "
                 "%s%.*s%s, which the build step does not read as the compiler may, so it cannot check "
                 "its macros; %s, or build through the compiler wrapper (cwith CC ...)",
                 (int)h->name_len, h->included_from->text + h->name_pos,
                 cr ? "a carriage return without a line feed (a line end for the compiler)"
                    : "the trigraph '", cr ? 0 : 3, h->text + h->misread_at,
                 cr ? "" : "' (another character with -std=c99 or -trigraphs)",
                 cr ? "convert it to LF line ends" : "write the character it means");
        Token bad = token_at(&h->src, h->misread_at, cr ? 1 : 3);
        note_in(diag, &h->src, &h->lines, &bad, "it is here");
    }
}

bool check_hidden_jumps(Node *func, MacroIndex *ix, Diag *diag, const BodyToken *body,
                        size_t nbody)
{
    update(ix, diag);
    int errors = diag->errors;
    report_misread_headers(ix, diag);
    /* the body's tokens as the parser read them, if they are this body's
     * from its '{' to its '}'; else lexed again */
    BodyTokens lexed = { 0 };
    const BodyToken *t = body;
    size_t n = nbody;
    if (!(n > 0 && t[0].pos == func->body_start && t[n - 1].pos == func->close_pos)) {
        Token *raw;
        size_t nraw = lex_range(ix->src, func->body_start, func->end, &raw);
        bool gap = false;
        for (size_t k = 0; k < nraw; k++) keep_body_token(ix->src, &raw[k], &lexed, &gap);
        free(raw);
        t = lexed.v;
        n = lexed.n;
    }
    /* the brackets open at each token: a '(', a '{' of a statement
     * expression (right after its '('), a '{' in parentheses otherwise (in
     * a macro's argument: `ON_ERR(x, { return -1; })`) or in such braces,
     * and a block's */
    enum { OPEN_PAREN, OPEN_STMT_EXPR, OPEN_ARG_BRACE, OPEN_BLOCK };
    VEC(int) open = { 0 };
    NodeCursor cur = { .root = func };
    OpenBlocks cleanup_blocks = { 0 };      /* jump_from_cleanup's */
    for (size_t i = 0; i < n; i++) {
        int raw = t[i].raw;
        int inner = open.n ? open.v[open.n - 1] : OPEN_BLOCK;
        if (raw == R_LPAREN) {
            vec_push(&open, OPEN_PAREN);
        } else if (raw == R_LBRACE) {
            bool after_paren = i > 0 && t[i - 1].raw == R_LPAREN && !t[i].gap;
            vec_push(&open, inner == OPEN_PAREN ? (after_paren ? OPEN_STMT_EXPR : OPEN_ARG_BRACE)
                            : inner == OPEN_ARG_BRACE ? OPEN_ARG_BRACE : OPEN_BLOCK);
        } else if ((raw == R_RPAREN || raw == R_RBRACE) && open.n) {
            open.n--;
        } else if ((raw == R_RETURN || raw == R_GOTO || raw == R_BREAK || raw == R_CONTINUE) &&
                   (inner == OPEN_PAREN || inner == OPEN_ARG_BRACE))
            check_jump_argument(func, &cur, ix->src, t, i, diag);
        /* (a keyword too: `#define break return 0`) */
        if (raw < R_IDENT || raw > R_EXPR_KW || ix->entries.n == 0) continue;
        size_t def = lookup(ix, ix->src->text + t[i].pos, t[i].len);
        if (!def) continue;
        unsigned esc = escapes_all(ix, def, 0);
        if (esc & ESC_UNTRANSLATED) continue;     /* check_header_macros says it */
        if (esc & ESC_ELSE) {
            report_else_macro(diag, &ix->entries.v[def - 1], in_file(ix->src, &t[i]));
            continue;
        }
        if (esc & ESC_CLEANUP) {
            const Node *jump = NULL;
            const Node *w = jump_from_cleanup(node_cursor_at(&cur, t[i].pos), t[i].pos,
                                              &cleanup_blocks, &jump);
            if (w) {
                const Entry *e = &ix->entries.v[def - 1];
                Token use = in_file(ix->src, &t[i]);
                error_at(diag, &jump->tok, "this jump leaves the with-statement from the scope "
                         "of a variable with a cleanup attribute: the exit would run before the "
                         "cleanup (at the end of the body it runs after it)");
                note_at(diag, &use, "the macro '%.*s' gives the cleanup attribute (cwith does "
                        "not expand macros); end the variable's block before the jump",
                        (int)def_of(e)->name_len, name_of(e));
                note_at(diag, &w->tok, "the with-statement is here");
                continue;
            }
        }
        if (esc & ESC_DEEP) {       /* (with a header's with-macro: check_header_macros) */
            if (!ix->header_with)
                report_deep_macro(diag, &ix->entries.v[def - 1],
                                  in_file(ix->src, &t[i]));
            continue;
        }
        bool unused = false;
        bool pasted = (esc & ESC_PASTE) && !(esc & ESC_LEAVE) &&
                      pasted_call_may_jump(ix, t, n, i, &unused);
        if (pasted) esc |= ESC_LEAVE;
        unsigned jumps = ESC_LEAVE | ESC_BREAK | ESC_CONTINUE | ESC_CASE | ESC_LABEL;
        const Node *at = node_cursor_at(&cur, t[i].pos);
        const Node *owner = braceless_owner(at, t[i].pos);
        bool partial = owner && (esc & ESC_PARTIAL);
        if (!partial && !(esc & (ESC_BRACES | jumps))) continue;
        def = definition_with(ix, def, partial ? ESC_PARTIAL
                                       : esc & ESC_BRACES ? ESC_BRACES : jumps);
        const Entry *e = &ix->entries.v[def - 1];
        const MacroDef *m = def_of(e);
        bool header = e->src != ix->src;
        Token use = in_file(ix->src, &t[i]);
        Token def_tok = token_at(e->src, m->name_pos, m->name_len);
        if (partial) {
            error_at(diag, &use, "the macro '%.*s' is not one whole statement (its text has a "
                     "';' or an unfinished if, for, while or else), and cwith does not expand "
                     "macros: it cannot tell where this braceless %s ends; put braces around it",
                     (int)m->name_len, name_of(e),
                     owner->kind == N_DEFER ? "deferred statement" : "body");
            note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here",
                    (int)m->name_len, name_of(e));
            continue;
        }
        if (esc & ESC_BRACES) {
            error_at(diag, &use, "the macro '%.*s' opens or closes a brace of its own: cwith "
                     "does not expand macros, so it cannot see the blocks of this function, "
                     "which holds a with-statement", (int)m->name_len, name_of(e));
            note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here", (int)m->name_len,
                    name_of(e));
            continue;
        }
        const Node *w = NULL;
        const char *how = pasted ? "## that may paste its arguments into a jump keyword or a "
                                   "macro's name"
                                 : "return or goto";
        bool defers = func->has_defer;
        if (esc & (ESC_CASE | ESC_LABEL)) {
            if (esc & ESC_CASE) w = with_left(at, t[i].pos, ESC_CASE, defers), how = "case label";
            if (!w && (esc & ESC_LABEL))
                w = with_left(at, t[i].pos, ESC_LABEL, defers), how = "label";
            if (w) {
                bool is_defer = w->kind == N_DEFER;
                error_at(diag, &use, "the macro '%.*s' holds a %s, and cwith does not expand "
                         "macros: a jump to it from outside would enter %s without %s",
                         (int)m->name_len, name_of(e), how,
                         is_defer ? "the scope of a defer statement" : "the with-statement",
                         is_defer ? "reaching the defer" : "its enter");
                note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here; write the "
                        "label out%s", (int)m->name_len, name_of(e),
                        header ? ", or build through the compiler wrapper (cwith CC ...), "
                                 "which sees the macro expanded" : "");
                note_at(diag, &w->tok, is_defer ? "the defer statement is here"
                                                : "the with-statement is here");
                continue;
            }
            how = pasted ? "## that may paste its arguments into a jump keyword or a macro's "
                           "name"
                         : "return or goto";
        }
        if (!(esc & (ESC_LEAVE | ESC_BREAK | ESC_CONTINUE))) continue;
        if (esc & ESC_LEAVE) w = with_left(at, t[i].pos, ESC_LEAVE, defers);
        if (!w && (esc & ESC_BREAK))
            w = with_left(at, t[i].pos, ESC_BREAK, defers), how = "break";
        if (!w && (esc & ESC_CONTINUE))
            w = with_left(at, t[i].pos, ESC_CONTINUE, defers), how = "continue";
        if (!w) continue;
        bool is_defer = w->kind == N_DEFER;
        error_at(diag, &use, "the macro '%.*s' may leave %s (it holds a %s), and cwith does "
                 "not expand macros: %s would not run", (int)m->name_len, name_of(e),
                 is_defer ? "the scope of a defer statement" : "the with-statement", how,
                 is_defer ? "the deferred statement" : "the exits");
        note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here; write the jump out "
                "in %s%s", (int)m->name_len, name_of(e),
                is_defer ? "the defer's block"
                : t[i].pos < w->body->start ? "a statement before the with-statement"
                : "the with body",
                header ? ", or build through the compiler wrapper (cwith CC ...), which sees "
                         "the macro expanded" : "");
        note_at(diag, &w->tok, is_defer ? "the defer statement is here"
                                        : "the with-statement is here");
    }
    vec_free(&open);
    vec_free(&cleanup_blocks);
    vec_free(&lexed);
    return diag->errors == errors;
}

/* Through the name's chain of definitions (*at: 0 before the first
 * call, then 1 + the index of the next one to look at, or SIZE_MAX). */
const MacroDef *header_macro_next(const MacroIndex *ix, const char *name, unsigned len,
                                  size_t *at, const Source **src)
{
    if (!ix || *at == SIZE_MAX) return NULL;
    size_t d = *at ? *at : lookup(ix, name, len);
    for (; d; d = ix->entries.v[d - 1].prev) {
        const Entry *e = &ix->entries.v[d - 1];
        if (e->src == ix->src) continue;
        *at = e->prev ? e->prev : SIZE_MAX;
        *src = e->src;
        return def_of(e);
    }
    *at = SIZE_MAX;
    return NULL;
}

bool macro_is_loop(MacroIndex *ix, Diag *diag, const char *name, unsigned len)
{
    if (!ix) return false;
    update(ix, diag);
    size_t d = lookup(ix, name, len);
    bool loop = d != 0;
    for (; d && loop; d = ix->entries.v[d - 1].prev) {
        const Entry *e = &ix->entries.v[d - 1];
        const MacroDef *m = def_of(e);
        Token *t;
        size_t n = lex_range(e->src, m->body_start, m->body_end, &t);
        /* the head's parentheses close at the end of the text, not before */
        loop = n >= 3 && (t[0].raw == R_FOR || t[0].raw == R_WHILE) && t[1].raw == R_LPAREN;
        int depth = 0;
        for (size_t i = 1; i < n && loop; i++) {
            if (t[i].raw == R_LPAREN) depth++;
            else if (t[i].raw == R_RPAREN) depth--;
            if (depth <= 0 && i + 1 < n) loop = false;
        }
        loop = loop && depth == 0;
        free(t);
    }
    return loop;
}

bool check_header_macros(MacroIndex *ix, Diag *diag)
{
    update(ix, diag);
    if (!ix->header_with) return true;
    /* only uses of the macros that hold a with-statement matter: if none of
     * their names is anywhere in the text, the file need not be lexed */
    bool named = false;
    for (size_t i = 0; i < ix->entries.n && !named; i++) {
        const Entry *e = &ix->entries.v[i];
        if (escapes_of(ix, i) & (ESC_UNTRANSLATED | ESC_DEEP))
            named = mem_contains(ix->src->text, ix->src->size, name_of(e), def_of(e)->name_len);
    }
    if (!named) return true;
    int errors = diag->errors;
    /* one token at a time: the tokens of a whole file would take about
     * ten times its size */
    Lexer *lx = lexer_new(ix->src, NULL, NULL);
    Token tk;
    while (lexer_next(lx, &tk) != 0) {
        if (tk.raw != R_IDENT) continue;
        size_t def = lookup(ix, ix->src->text + tk.pos, tk.len);
        /* all the name's definitions (#if is not evaluated): the jump
         * check leaves a name to this one if any holds a with-statement */
        unsigned esc = def ? escapes_all(ix, def, 0) : 0;
        if (!(esc & (ESC_UNTRANSLATED | ESC_DEEP))) continue;
        size_t oldest = def;
        while (ix->entries.v[oldest - 1].prev) oldest = ix->entries.v[oldest - 1].prev;
        if (ix->entries.v[oldest - 1].visible_at > tk.pos) continue;    /* none yet */
        def = definition_with(ix, def, esc & ESC_UNTRANSLATED ? ESC_UNTRANSLATED : ESC_DEEP);
        const Entry *e = &ix->entries.v[def - 1];
        if (!(esc & ESC_UNTRANSLATED)) {    /* it may hold a header's with-statement */
            report_deep_macro(diag, e, token_at(ix->src, tk.pos, tk.len));
            continue;
        }
        const MacroDef *m = def_of(e);
        Token use = token_at(ix->src, tk.pos, tk.len);
        Token def_tok = token_at(e->src, m->name_pos, m->name_len);
        error_at(diag, &use, "the macro '%.*s' holds a %s, and the build step does "
                 "not expand macros: it would stay untranslated; write the statement out here, "
                 "or build through the compiler wrapper (cwith CC ...), which translates it where "
                 "the macro is used", (int)m->name_len, name_of(e),
                 esc & ESC_WITH ? "with-statement" : esc & ESC_DEFER ? "defer statement"
                 : "cwith_take");
        note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is defined here", (int)m->name_len,
                name_of(e));
    }
    lexer_free(lx);
    return diag->errors == errors;
}

/* ------------------------------------------------------------ with headers */

static bool is_word(const Source *src, const Token *t, const char *w)
{
    return t->raw == R_IDENT && text_is_word(src->text + t->pos, t->len, w);
}

bool is_take_call(const Source *src, const Token *toks, size_t n, size_t k)
{
    return is_word(src, &toks[k], "cwith_take") && k + 1 < n && toks[k + 1].raw == R_LPAREN;
}

int defer_in_macro(const Source *src, const Token *toks, size_t n, size_t k)
{
    int kind = is_word(src, &toks[k], "_Defer") ? 1 : is_word(src, &toks[k], "defer") ? 2
             : is_word(src, &toks[k], "errdefer") ? 3 : 0;
    if (kind <= 1 || k + 1 == n) return kind;
    int next = toks[k + 1].raw;
    bool prefix = (next == R_AMP_OR_SIGN && toks[k + 1].len == 2) || next == R_STAR;
    bool starts = next == R_IDENT || next == R_LBRACE ||
                  (next >= R_IF && next <= R_GOTO && next != R_ELSE && next != R_CASE &&
                   next != R_DEFAULT) ||
                  (prefix && k + 2 < n && (toks[k + 2].raw == R_IDENT ||
                                           toks[k + 2].raw == R_LPAREN || toks[k + 2].raw == R_STAR));
    return starts ? kind : 0;
}

bool is_item_list(const Source *src, const Token *toks, size_t n, size_t open)
{
    if (toks[open].raw != R_LPAREN) return false;
    size_t i = open + 1;
    for (;;) {
        if (i + 1 >= n || toks[i].raw != R_IDENT || toks[i + 1].raw != R_LPAREN ||
            is_word(src, &toks[i], "with"))
            return false;
        int depth = 0;
        for (i++; i < n; i++) {
            if (toks[i].raw == R_LPAREN) depth++;
            else if (toks[i].raw == R_RPAREN && --depth == 0) break;
        }
        if (++i >= n) return false;
        if (is_word(src, &toks[i], "as")) {
            /* `as name`, or `as TYPE name` (words, struct, const, *s) */
            size_t k = i + 1;
            while (k < n && (toks[k].raw == R_IDENT || toks[k].raw == R_STAR ||
                             toks[k].raw == R_TAG || toks[k].raw == R_ASM_QUAL))
                k++;
            if (k == i + 1 || toks[k - 1].raw != R_IDENT) return false;
            i = k;
        }
        if (i < n && toks[i].raw == R_RPAREN) return true;
        if (i >= n || toks[i].raw != R_COMMA) return false;
        i++;
    }
}


/* ------------------------------------------------- managers (build step) */

/* In the build step a with-item whose manager nothing declares would give
 * the compiler's errors on cwith's generated names (cwith_type_M, ...), a
 * handful of them. cwith says it once instead, but only where it is sure:
 * when it has read every header the input includes before the item and
 * no macro there may declare managers. Otherwise it trusts the name. */

/* The managers cwith.h declares (tests/cli/managers.sh checks that every
 * one of cwith.h's is here), known wherever cwith.h is not read. */
static const char shipped_managers[][20] = {
    "accept", "aligned_alloc", "calloc", "catch_error", "creat", "dup", "dup2",
    "exit_stack", "fdopen", "fdopendir", "flock_trylocked", "flocked", "fmemopen",
    "fopen", "iconv_open", "malloc", "mkstemp", "mtx_locked", "mtx_trylocked",
    "mutex_locked", "mutex_trylocked", "open", "open_memstream", "openat", "opendir",
    "popen", "rwlock_rdlocked", "rwlock_tryrdlocked", "rwlock_trywrlocked",
    "rwlock_wrlocked", "socket", "strdup", "strndup", "tmpfile",
};

/* Headers that declare no manager: the C library's (C23), POSIX's, a few
 * common system ones, and cwith.h, whose managers are the shipped ones. */
static const char no_manager_headers[][16] = {
    "aio.h", "alloca.h", "arpa/inet.h", "assert.h", "complex.h", "cpio.h", "ctype.h",
    "cwith.h", "dirent.h", "dlfcn.h", "endian.h", "err.h", "errno.h", "execinfo.h",
    "fcntl.h", "fenv.h", "float.h", "fmtmsg.h", "fnmatch.h", "ftw.h", "getopt.h",
    "glob.h", "grp.h", "iconv.h", "inttypes.h", "iso646.h", "langinfo.h", "libgen.h",
    "libintl.h", "limits.h", "locale.h", "malloc.h", "math.h", "monetary.h", "mqueue.h",
    "ndbm.h", "net/if.h", "netdb.h", "netinet/in.h", "netinet/tcp.h", "nl_types.h",
    "poll.h", "pthread.h", "pwd.h", "regex.h", "sched.h", "search.h", "semaphore.h",
    "setjmp.h", "signal.h", "spawn.h", "stdalign.h", "stdarg.h", "stdatomic.h",
    "stdbit.h", "stdbool.h", "stdckdint.h", "stddef.h", "stdint.h", "stdio.h",
    "stdlib.h", "stdnoreturn.h", "string.h", "strings.h", "sys/epoll.h", "sys/file.h",
    "sys/ioctl.h", "sys/ipc.h", "sys/mman.h", "sys/msg.h", "sys/param.h",
    "sys/resource.h", "sys/select.h", "sys/sem.h", "sys/shm.h", "sys/socket.h",
    "sys/stat.h", "sys/statvfs.h", "sys/syscall.h", "sys/time.h", "sys/times.h",
    "sys/types.h", "sys/uio.h", "sys/un.h", "sys/utsname.h", "sys/wait.h", "sysexits.h",
    "syslog.h", "tar.h", "termios.h", "tgmath.h", "threads.h", "time.h", "uchar.h",
    "ulimit.h", "unistd.h", "utime.h", "utmpx.h", "wchar.h", "wctype.h", "wordexp.h",
};

/* (arrays of chars, not of pointers: no relocated data in the translator) */
static bool in_list(const char *list, size_t width, size_t n, const char *name, size_t len)
{
    for (size_t i = 0; i < n; i++, list += width)
        if (len < width && list[0] == name[0] && strnlen(list, width) == len &&
            !memcmp(list, name, len))
            return true;
    return false;
}

static bool declares_no_manager(const char *name, size_t len)
{
    return in_list(*no_manager_headers, sizeof *no_manager_headers,
                   sizeof no_manager_headers / sizeof *no_manager_headers, name, len);
}

static void trust_managers_from(MacroIndex *ix, size_t visible_at)
{
    if (visible_at < ix->trust_from) ix->trust_from = visible_at;
}

/* A #define whose text holds a declaration macro or cwith_type_ may
 * declare any manager where it is used. */
static void note_manager_macro(MacroIndex *ix, const char *text, const MacroDef *m,
                               size_t visible_at)
{
    const char *body = text + m->body_start;
    size_t n = m->body_end - m->body_start;
    if (mem_contains(body, n, "CWITH_MANAGER", 13) || mem_contains(body, n, "cwith_type_", 11))
        trust_managers_from(ix, visible_at);
}

static KnownManager *known_slot(const MacroIndex *ix, const char *name, size_t len)
{
    for (size_t h = hash_bytes(name, len) & ix->known_mask;; h = (h + 1) & ix->known_mask) {
        KnownManager *k = &ix->known[h];
        if (!k->name || (k->len == len && !memcmp(k->name, name, len))) return k;
    }
}

static void add_known(MacroIndex *ix, const char *name, size_t len, size_t visible_at)
{
    char word[256];
    if (memchr(name, '\\', len)) {
        len = canonical_word(name, len, word, sizeof word);
        name = word;
    }
    if (len == 0) return;
    if (!ix->known) {
        ix->known_mask = 63;
        ix->known = xcalloc(ix->known_mask + 1, sizeof *ix->known);
    }
    KnownManager *k = known_slot(ix, name, len);
    if (k->name) {
        if (visible_at < k->visible_at) k->visible_at = visible_at;
        return;
    }
    k->name = xmalloc(len);
    memcpy(k->name, name, len);
    k->len = len;
    k->visible_at = visible_at;
    if (2 * ++ix->known_n > ix->known_mask) {      /* stay at most half full */
        KnownManager *old = ix->known;
        size_t old_mask = ix->known_mask;
        ix->known_mask = 2 * old_mask + 1;
        ix->known = xcalloc(ix->known_mask + 1, sizeof *ix->known);
        for (size_t i = 0; i <= old_mask; i++)
            if (old[i].name) *known_slot(ix, old[i].name, old[i].len) = old[i];
        free(old);
    }
}

/* Blanks, line splices and comments from s[i] (skip_directive_blanks), and
 * also line ends and // comments: a declaration's arguments span lines. */
static size_t skip_blanks_comments(const char *s, size_t i, size_t end)
{
    for (;;) {
        i = skip_directive_blanks(s, i, end);
        if (i < end && (s[i] == '\n' || s[i] == '\r'))
            i++;
        else if (end - i >= 2 && s[i] == '\\' && s[i + 1] == '\r')     /* a lone-CR splice */
            i += 2;
        else if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
            while (i < end && s[i] != '\n') i++;
        else
            return i;
    }
}

/* The end of the name that begins at s[i] (UCNs included), i if none. */
static size_t name_end(const char *s, size_t i, size_t end)
{
    if (i < end && s[i] >= '0' && s[i] <= '9') return i;
    return name_bytes_end(s, i, end);
}

/* The managers text declares: each word cwith_type_NAME, and the first
 * argument of each CWITH_MANAGER...( call; one that is not a plain name
 * (a macro's result) makes every manager trusted from there. visible_at:
 * where in the input the text is seen (a header's #include line), or
 * SIZE_MAX for the input itself (each at its place). */
static void scan_manager_declarations(MacroIndex *ix, const char *text, size_t size,
                                      size_t visible_at)
{
    static const char words[][16] = { "cwith_type_", "CWITH_MANAGER" };
    /* a word split by a line splice (`CWITH_MANA\` newline `GER(`) is not
     * found below: every manager is trusted from the first one */
    for (const char *p = text, *end = text + size; (p = memchr(p, '\\', (size_t)(end - p)));) {
        size_t b = (size_t)(p - text), a = b + 1;
        p++;
        if (a < size && text[a] == '\r') a++;
        if (a < size && text[a] == '\n') a++;
        if (b > 0 && a > b + 1 && a < size && ident_byte(text[b - 1]) && ident_byte(text[a])) {
            trust_managers_from(ix, visible_at == SIZE_MAX ? b : visible_at);
            break;
        }
    }
    for (int w = 0; w < 2; w++) {
        size_t wlen = strlen(words[w]);
        const char *p = text, *end = text + size;
        while ((p = mem_find(p, (size_t)(end - p), words[w], wlen)) != NULL) {
            size_t at = (size_t)(p - text), i = at + wlen;
            p += wlen;
            if (at > 0 && ident_byte(text[at - 1])) continue;
            size_t where = visible_at == SIZE_MAX ? at : visible_at;
            if (w == 0) {
                size_t e = name_end(text, i, size);
                if (e > i) add_known(ix, text + i, e - i, where);
                continue;
            }
            while (i < size && (ident_byte(text[i]))) i++;     /* _CHECKED, _EXIT, ... */
            i = skip_blanks_comments(text, i, size);
            if (i == size || text[i] != '(') continue;          /* (a word in prose) */
            i = skip_blanks_comments(text, i + 1, size);
            size_t e = name_end(text, i, size), after = skip_blanks_comments(text, e, size);
            if (e > i && after < size && text[after] == ',')
                add_known(ix, text + i, e - i, where);
            else
                trust_managers_from(ix, where);
        }
    }
}

bool manager_undeclared(MacroIndex *ix, Diag *diag, const char *name, size_t len, size_t pos)
{
    if (!ix || !ix->check_managers) return false;
    update(ix, diag);
    if (ix->trust_from < pos) return false;
    if (!ix->input_scanned) {
        ix->input_scanned = true;
        scan_manager_declarations(ix, ix->src->text, ix->src->size, SIZE_MAX);
        if (ix->trust_from < pos) return false;
    }
    char word[256];
    if (memchr(name, '\\', len)) {
        len = canonical_word(name, len, word, sizeof word);
        name = word;
        if (len == 0) return false;
    }
    if (in_list(*shipped_managers, sizeof *shipped_managers,
                sizeof shipped_managers / sizeof *shipped_managers, name, len))
        return false;
    const KnownManager *k = ix->known ? known_slot(ix, name, len) : NULL;
    return !k || !k->name || k->visible_at >= pos;
}

void note_manager_macro_use(MacroIndex *ix, Diag *diag, const char *name, size_t len)
{
    size_t d = ix && len < 256 ? lookup(ix, name, len) : 0;
    if (!d) return;
    const Entry *e = &ix->entries.v[d - 1];
    const MacroDef *m = def_of(e);
    Token def_tok = token_at(e->src, m->name_pos, m->name_len);
    note_in(diag, e->src, e->lines, &def_tok, "'%.*s' is a macro, defined here: the build step "
            "does not expand macros, and the manager is the word written; write the manager's "
            "own name, or build through the compiler wrapper (cwith CC ...), which expands it",
            (int)m->name_len, name_of(e));
}
