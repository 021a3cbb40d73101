/* error: 6:11 a line splice inside an item's manager name */
#include <stdlib.h>

int f(void)
{
    with (mal\
loc(1) as p) {
        return 1;
    }
    return 0;
}
