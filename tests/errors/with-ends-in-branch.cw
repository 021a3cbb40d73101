/* error: 10:1 note: 8:5 */
#include <stdlib.h>
#include "cwith.h"
void g(int);
/* the braceless body ends inside the #ifdef branch: its exits would too */
void f(void)
{
    with (malloc(1) as p)
        g(1), g(2)
#ifdef A
        , g(3);
    g(4);
#else
        ;
#endif
}
