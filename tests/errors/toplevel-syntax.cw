/* error: 4:12 a malformed declaration before a function with a with-statement */
#include <stdlib.h>

int x = (1 };

int h(int v)
{
    with (malloc(1) as p) {     /* was copied untranslated, exit status 0 */
        return v;
    }
    return 0;
}
