/* locked.h: a with-statement inside a macro (header-with-macro.cw), which
 * only the compiler-wrapper mode translates. */
#include <pthread.h>
#define LOCKED(m) with (mutex_locked(m))
