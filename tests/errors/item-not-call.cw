/* error: 9:14 with-item is not a call (manager-call expected) */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    FILE *fp = stdin;

    with (fp as f) {
        fgetc(f);
    }
    return 0;
}
