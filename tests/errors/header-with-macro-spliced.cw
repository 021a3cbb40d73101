/* error: 10:5 a header's macro holds a with-statement whose keyword a line splice splits */
#include <pthread.h>
#include "cwith.h"
#include "headers/spliced.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void bump(int *n)
{
    LOCKED(&lock) {
        ++*n;
    }
}
