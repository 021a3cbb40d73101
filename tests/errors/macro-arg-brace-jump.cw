/* error: 12:30 'return' in a macro's argument; note: 11:9 */
#include <stdlib.h>
#include "cwith.h"

/* a jump in braces in a macro's argument (not a statement expression's):
 * the macro runs it where cwith cannot see (before: only a jump right in
 * the parentheses was refused; exit 0, the exit skipped) */
#define ON_ERR(c, s) if (c) s
int f(int x)
{
        with (malloc(1) as p) {
                ON_ERR(!x, { return -1; });
        }
        return 0;
}
