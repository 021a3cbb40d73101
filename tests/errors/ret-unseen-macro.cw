/* error: 8:22 two unknown words, no #define in the file says which is the type; note: 7:1 */
#include <stdlib.h>
#include "types.h"      /* real, NOINLINE: cwith does not read it */

static real NOINLINE half(void)
/* NOINLINE was taken as the type */
{
    with (malloc(1)) return 0.5;
    return 0;
}
