/* error: 9:22 the file's #define of the return type's macro is replaced by a header's; note: 8:1 */
#include <stdlib.h>
#define count_t int
#include "ret-macro-header.h"

count_t total(long long n)
/* the header's count_t (long long) is the type */
{
    with (malloc(1)) return n << 40;
    return 0;
}
