/* error: 9:14 with-item is not a call, also when the body is ';' */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    FILE *fp = stdin;

    with (fp as f);
    return 0;
}
