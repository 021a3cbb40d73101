/* error: 8:22 the body declares the return type's name again; note: 6:1 */
#include <stdlib.h>
typedef long T;

T f(void)
{
    typedef unsigned char T;    /* legal: a new scope; the temporary must not be this T */
    with (malloc(1)) return 300;
    return 0;
}
