/* error: 12:22 the return type's macro has two #defines under #ifdef/#else; note: 11:1 */
#include <stdlib.h>
/* with -DWIDE the type is long long: the temporary must not be int */
#ifdef WIDE
#define count_t long long
#else
#define count_t int
#endif

count_t total(long long n)
{
    with (malloc(1)) return n << 40;
    return 0;
}
