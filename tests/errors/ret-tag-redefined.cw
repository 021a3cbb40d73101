/* error: 9:22 the body defines the return type's tag again; note: 6:1 */
#include <stdlib.h>
struct big { long v[4]; };

struct big *f(void)
{
    struct big { char c; };     /* a new type: the temporary must not be this one */
    static struct big b;
    with (malloc(1)) return (void *)&b;
    return 0;
}
