/* wrapper.h: cwith as a compiler wrapper (wrapper.c).
 *
 *   cwith CC [ARGS...]          e.g.  make CC="cwith gcc"
 *
 * Every cwith source among ARGS (a `.cw` file; also `.c` files with
 * --cwith-c) goes through CC's preprocessor, the translator (in process),
 * and CC again as preprocessed input; all other inputs and options are
 * CC's as usual. main.c calls the wrapper when its first argument names a
 * compiler (wrapper_wanted).
 */
#ifndef CWITH_WRAPPER_H
#define CWITH_WRAPPER_H

#include <stdbool.h>

/* Is `first` (cwith's first argument) a compiler to wrap rather than the
 * build step's input? Yes when it is not an option, does not end in .cw,
 * .c, .h or .i, and names a program: a path (with a `/`) to an executable
 * file, or a name found on PATH that is not a file in the current
 * directory. */
bool wrapper_wanted(const char *first);

/* Runs `argv[0] argv[1..argc-1]` as described above; returns the exit
 * status: the compiler's, or 1 after cwith's own error message. */
int wrapper_main(int argc, char **argv);

#endif
