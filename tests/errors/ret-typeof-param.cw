/* error: 10:22 a parameter hides a name of the return type; note: 8:1 */
#include <stdlib.h>
static long x;

/* typeof(x) in the header is the file's long x; in the body, where the
 * temporary of the return is declared, x is the char parameter */
__typeof__(x) f(char x)
{
    (void)x;
    with (malloc(1)) return 1000;
    return 0;
}

__typeof__(x) g(x)
    char x;
{
    with (malloc(1)) return 1000;
    return 0;
}
