/* error: 11:9 returning the as name as a statement expression's value; note: 9:24 */
/* `return ({ ...; p; });` returns the released p as surely as `return p;`
 * (GNU statement expression). */
#include <stdlib.h>
#include <string.h>

char *dup_hello(void)
{
    with (malloc(6) as p) {
        strcpy(p, "hello");
        return ({ int unused = 0; (void)unused; { (void)0; } p; });
    }
    return NULL;
}
