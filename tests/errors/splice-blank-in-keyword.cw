/* error: 9:7 */
#include "cwith.h"
#include <stdlib.h>
/* gcc and clang read a backslash, blanks and a line end as a line splice
 * (with a warning): the keyword below is whole for the compiler, which
 * would get the statement untranslated */
int f(void)
{
    wi\ 
th (malloc(1) as p) {
        return 1;
    }
    return 0;
}
