/* error: 10:16 a header's macro holds cwith_take */
#include <stdlib.h>
#include "cwith.h"
#include "headers/steal.h"

char *make(void)
{
    with (malloc(8) as char *p) {
        p[0] = 0;
        return STEAL(p);
    }
    return NULL;
}
