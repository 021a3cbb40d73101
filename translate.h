/* translate.h: cwith's translator as a library call.
 *
 * The command (main.c), the tests and the fuzz harness all translate
 * through this one function. A translation keeps all of its state in a
 * context of its own, so translations may run one after another or at the
 * same time in several threads.
 */
#ifndef CWITH_TRANSLATE_H
#define CWITH_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define CWITH_VERSION "0.1.0"

/* The largest input cwith translates, in bytes: lines and columns are
 * counted in int. Larger input is refused with an error. */
#define CWITH_MAX_INPUT 2147483647

typedef struct cwith_options {
    bool line_directives;   /* begin the output with #line 1 "NAME" */
    bool fast_path;         /* skip function bodies without `with` by a byte
                               loop (false: parse every body, for testing) */
    FILE *diagnostics;      /* where errors and warnings go; NULL: stderr */
    bool color;             /* gcc's colours in diagnostics */
    int max_errors;         /* stop reporting after this many errors (then
                               "too many errors"); 0: no limit */
    bool require_else;      /* a with-statement without `else` is an error
                               (catch_error's excepted): in a library, a
                               failed enter must not end the process */
    bool read_headers;      /* build step: also read the #defines of the
                               headers of `#include "..."` lines, to refuse
                               jumps hidden in their macros. A header is
                               searched as cpp searches quoted includes: in
                               the directory of the file that includes it
                               (for the input, the directory part of `name`;
                               the current directory for "<stdin>"), then in
                               include_dirs. false for preprocessed text
                               (the wrapper) and for untrusted input (the
                               fuzz targets): no file is then opened */
    const char *const *include_dirs;    /* -I directories, in order,
                               NULL-terminated; NULL: none */
    bool whole_text;        /* the text is a preprocessor's output, which
                               holds every declaration: a with-item whose
                               manager is not declared before its function
                               is an error (the wrapper) */
    void (*header_read)(void *context, const char *path);
                            /* if not NULL, called with the path of each
                               header read (read_headers), once per file,
                               in the order they are read: the build
                               step's dependency file (-MF) */
    void *header_context;   /* header_read's first argument */
    int warnings;           /* cwith's warnings (the dangling else): 1 shown
                               (default), 0 not shown (the wrapper: -w,
                               -Wno-dangling-else), 2 reported as errors
                               (the wrapper: -Werror) */
    bool check_managers;    /* a with-item whose manager is surely declared
                               nowhere before it is an error: in whole_text
                               always; in the build step when every header
                               included before it was read (default true;
                               false: the compiler judges; the fuzz-props
                               target, which checks the translation) */
    const char *const *force_includes;  /* the compiler's -include FILEs, in
                               order, NULL-terminated; NULL: none. Read as
                               if `#include "FILE"` began the input (from
                               the current directory, then include_dirs),
                               if read_headers */
    const char *output_dir; /* read_headers: the directory of the output
                               file, which the compiler searches first for
                               the input's quoted includes (before the
                               input's directory); NULL: none (stdout) */
} cwith_options;

/* The defaults: #line directive, fast path, diagnostics on stderr without
 * colour, at most 20 errors reported, quoted includes read (no -I
 * directories), no header_read callback, managers checked, no -include. */
cwith_options cwith_default_options(void);

typedef enum cwith_status {
    CWITH_OK = 0,               /* `out` holds the whole translation */
    CWITH_ERRORS = 1,           /* diagnostics were written; `out` holds
                                   partial output: discard it */
    CWITH_WRITE_FAILED = 2      /* writing to `out` failed (errno says why) */
} cwith_status;

/* Translates `size` bytes of `text` (no terminator needed), named `name`
 * in diagnostics and in the #line directive, writing C to `out` as it is
 * made. The caller keeps `out` open and checks it itself for errors that
 * only show when it is flushed or closed. Out of memory ends the process
 * with a message. */
cwith_status cwith_translate(const char *name, const char *text, size_t size,
                             const cwith_options *options, FILE *out);

#endif
