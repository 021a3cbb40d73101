/* error: 13:9 a chain of pastes makes return; note: 7:9 */
/* re ## tu ## rn is one token, return: the pastes of a chain are read
 * together (two at a time they made retu and turn: exit 0, the return
 * skipped the exit). Third audit. */
#include <stdlib.h>
#include "cwith.h"
#define BAIL(v) re ## tu ## rn v

static int f(void)
{
    with (malloc(1) as p) {
        (void)p;
        BAIL(5);
    }
    return 0;
}
