/* respace.h: the source's own spacing for preprocessed text (respace.c).
 *
 * The compiler wrapper calls it on the preprocessor's output before
 * translating it, so that cwith's diagnostics and the compiler's name the
 * line and column of the .cw file.
 */
#ifndef CWITH_RESPACE_H
#define CWITH_RESPACE_H

#include <stddef.h>

/* Returns a copy of the preprocessed text pp[0..size) (its own allocation,
 * its length in *out_size) in which each line that comes from the file
 * `name` (as its line markers name it) with the same words as that line of
 * `src` (the file's text) is that line of src, its comments blanked; a
 * comment that spans lines is put back on as many lines. */
char *respace(const char *pp, size_t size, const char *name, const char *src, size_t src_size,
              size_t *out_size);

#endif
