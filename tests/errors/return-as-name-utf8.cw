/* error: 8:9 returning 'tampón', which the with-statement releases; note: 7:30 */
/* Names with UTF-8 letters or '$' (gcc takes both) are names: returning
 * one that is the as name hands out the released resource. */
#include <stdlib.h>
char *spanish(void)
{
    with (malloc(4) as char *tampón) {
        return tampón;
    }
    return NULL;
}
char *dollar(int k)
{
    with (malloc(4) as char *p$)
        return k ? p$ : NULL;
    return NULL;
}
