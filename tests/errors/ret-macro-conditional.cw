/* error: 11:22 the return type's macro is #defined under #ifndef (-Dcount_t=long changes it); note: 10:1 */
#include <stdlib.h>
#ifndef count_t
#define count_t int
#endif

/* no #else, but -Dcount_t="long long" makes it another type */

count_t total(long long n)
{
    with (malloc(1)) return n << 40;
    return 0;
}
