/* error: 11:22 V is a typedef of void and another typedef declares it too; note: 10:1 */
#include <stdlib.h>
/* with -DQUIET, V is void; without it, int: the temporary's type is not known */
#ifdef QUIET
typedef void V;
#else
typedef int V;
#endif
V get(void)
{
    with (malloc(1)) return 3;
    return 0;
}
