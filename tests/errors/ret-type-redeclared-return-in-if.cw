/* error: 11:20 the body may declare the return type's name again, and the only return with exits is in an #if group; note: 6:1 */
#include <stdlib.h>
typedef long T;

T f(void)
{
    {
        int x = 0, T = 2;       /* T is a variable here */
        with (malloc(1)) {
#ifdef EARLY
            if (x) return T;
#endif
        }
    }
    return 0;
}
