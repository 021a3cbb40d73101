/* error: 10:5 a header's macro holds a with-statement */
#include <pthread.h>
#include "cwith.h"
#include "headers/locked.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void bump(int *n)
{
    LOCKED(&lock) {
        ++*n;
    }
}
