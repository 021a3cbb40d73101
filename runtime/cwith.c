/* cwith.c - out-of-line part of the cwith runtime (see cwith.h). */
#include "cwith.h"

#include <string.h>

void cwith_enter_failed(const char *file, int line, const char *manager)
{
    int err = errno;    /* read first: stdio below may change errno */

    if (err != 0)
        fprintf(stderr, "%s:%d: error: with-item '%s' failed to enter: %s\n",
                file, line, manager, strerror(err));
    else
        fprintf(stderr, "%s:%d: error: with-item '%s' failed to enter\n",
                file, line, manager);
    /* Later: build a cwith_error and unwind to the nearest handler,
     * falling back to an uncaught-error hook; for now a failed enter
     * ends the program. */
    exit(1);
}
