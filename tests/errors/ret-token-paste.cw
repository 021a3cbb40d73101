/* error: 7:22 the name is pasted by a macro; note: 6:1 */
#include <stdlib.h>
#define CAT(a, b) a##b

double CAT(get_, x)(void)
{
    with (malloc(1)) return 0.5;
    return 0;
}
