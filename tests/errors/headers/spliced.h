/* spliced.h: a with-statement inside a macro, its keyword split by a line
 * splice (header-with-macro-spliced.cw) */
#include <pthread.h>
#define LOCKED(m) wi\
th (mutex_locked(m))
