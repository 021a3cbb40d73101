/* error: 12:13 returning the as name; note: 9:24 */
/* A variable of the body that hides the item's name is not told apart
 * from the item (cwith does not follow declarations): the return is
 * refused, and the note says to rename the variable (README: Rejected,
 * `return NAME;`). */
#include "cwith.h"
int first(void)
{
    with (malloc(4) as r) {
        {
            int r = 5;
            return r;
        }
    }
    return 0;
}
