/* error: 7:33 a keyword after 'as' where the name goes */
#include <stdlib.h>
#include "cwith.h"

void fill(size_t n)
{
    with (malloc(n) as unsigned long) {
    }
}
