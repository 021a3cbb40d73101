/* error: 11:48 the macro 'break' may leave the with-statement (it holds a return or goto); note: 6:9; note: 10:9 */
#include <stdlib.h>
#include "cwith.h"

/* a macro named like a keyword: the compiler expands it (before: exit 0) */
#define break return 0
int f(void)
{
        int i;
        with (malloc(1) as p) {
                for (i = 0; i < 3; i++) if (i) break;
                (void)p;
        }
        return i;
}
