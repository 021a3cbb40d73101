/* autofree.h: a defer statement inside a macro (header-defer-in-macro.cw),
 * which only the compiler-wrapper mode translates. */
#include <stdlib.h>
#define AUTOFREE(p) _Defer free(p)
