/* error: 9:20 a macro whose text ends in 'with' (its use begins an untranslated with-statement) */
/* Neighbours of with-in-define: macros whose use makes a with-statement
 * or a defer that cwith never sees, since it does not expand macros. Each
 * was copied untranslated (exit 0, output the compiler refuses). */
#include <stdlib.h>
#include <pthread.h>
#include "cwith.h"

#define GUARDED    with
#define HOLD(x)    with (x)
#define HOLD2(x, ...) with (x, __VA_ARGS__)
#define LATER      _Defer
#define FREE_LATER(p) defer free(p)
#define ON_ERROR   errdefer
#define errdefer   errdefer     /* a spelling of the keyword: fine */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int counter;

void bump(void)
{
    GUARDED (mutex_locked(&lock)) counter++;
    HOLD(mutex_locked(&lock)) counter++;
    char *p = malloc(4);
    FREE_LATER(p);
    LATER counter--;
    ON_ERROR counter--;
    HOLD2(mutex_locked(&lock), malloc(1)) counter++;
}
