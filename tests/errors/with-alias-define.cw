/* error: 8:17 a macro that ends in the word with: the with-statement it starts stays untranslated */
#include <pthread.h>
#include "cwith.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int counter;

#define WITH_KW with

void bump(void)
{
    WITH_KW (mutex_locked(&lock)) counter++;    /* was copied untranslated, exit 0 */
}
