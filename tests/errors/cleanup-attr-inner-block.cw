/* error: 20:27 a return two blocks inside the scope of a cleanup variable; note: 18:21 */
/* The scope of a cleanup variable is its block: a return after that block
 * ends is fine, one from a block inside it is refused (and only once, though
 * the block holds two such variables). */
#include <stdlib.h>
#include "cwith.h"

static void release(char **p) { free(*p); }

int f(int x)
{
    with (malloc(1) as p) {
        {
            char *a __attribute__((cleanup(release))) = malloc(8);
        }
        if (x == 1) return 1;
        {
            char *b __attribute__((cleanup(release))) = malloc(8);
            char *c __attribute__((cleanup(release))) = malloc(8);
            { if (x == 2) return 2; }
        }
    }
    return 0;
}
