/* error: 15:21 break inside the block of a macro cwith cannot read: is it a loop?; note: 11:9 */
#include <sys/queue.h>
#include "cwith.h"

struct item { int v; TAILQ_ENTRY(item) link; };
TAILQ_HEAD(items, item);

void f(struct items *list)
{
    for (;;) {
        with (malloc(1)) {
            struct item *it;
            TAILQ_FOREACH(it, list, link) {     /* a loop, in a <...> header */
                if (it->v == 3)
                    break;
            }
        }
    }
}
