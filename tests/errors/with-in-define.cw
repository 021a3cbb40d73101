/* error: 5:19 with inside a #define is not expanded in build-step mode */
#include <pthread.h>
#include "cwith.h"

#define LOCKED(m) with (mutex_locked(m))

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int counter;

void bump(void)
{
    LOCKED(&lock) counter++;        /* was copied untranslated: no lock taken */
}
