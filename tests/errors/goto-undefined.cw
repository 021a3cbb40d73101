/* error: 8:14 goto to a label cwith cannot see; note: 7:5 */
#include "cwith.h"

void f(int n)
{
    #define L nowhere
    with (malloc(1)) {
        goto L;
    }
}
