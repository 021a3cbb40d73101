/* error: 11:26 the body may declare the return type's name again, and __label__ leads the body; note: 6:1 */
#include <stdlib.h>
typedef long T;

T f(int k)
{
    __label__ out;              /* first in the block: no typedef of the return type before it */
    {
        typedef enum { Z } T;   /* a new T: the temporary must not be this one */
        if (k) goto out;
        with (malloc(1)) return Z + (1L << 40);
    }
out:
    return 0;
}
