/* error: 10:27 */
#include "cwith.h"
#include <stdlib.h>
/* gcc and clang read a backslash, blanks and a line end as a line splice
 * (with a warning): the string goes on to the next line, whose return the
 * compiler sees and cwith would not */
int f(void)
{
    with (malloc(1) as p) {
        const char *s = "a\ 	
n"; (void)s; return 1; /* ";
        */
    }
    return 0;
}
