/* error: 9:5 a defer's return temporary would be declared with a name the body declares again; note: 6:1 */
#include <stdlib.h>
typedef long T;

T f(void)
{
    int T = 300;                /* T is a variable here: `T tmp` would not compile */
    defer free(0);
    return T;
}
