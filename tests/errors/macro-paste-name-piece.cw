/* error: 14:9 a pasting macro whose argument completes the name of a jumping macro; note: 7:9 */
/* ON_ERR(FAIL) pastes ON_ERR_ and FAIL into ON_ERR_FAIL, which returns:
 * the README's own example of a pasting macro. */
#include <stdlib.h>
#include "cwith.h"
#define ON_ERR_FAIL return -1
#define ON_ERR(kind) ON_ERR_ ## kind

int f(void)
{
    with (malloc(16) as p) {
        (void)p;
        ON_ERR(IGNORE);
        ON_ERR(FAIL);
    }
    return 0;
}
