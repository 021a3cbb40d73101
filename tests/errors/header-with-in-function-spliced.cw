/* error: 5:10 a header's function holds a with-statement whose keyword a line splice splits (shown at inline-with-spliced.h:10:5) */
#include <stdio.h>
#include "cwith.h"
/* was exit 0, then the compiler failed on 'with' in the header */
#include "headers/inline-with-spliced.h"

int main(void)
{
    with (malloc(4) as char *q) {
        q[0] = 1;
        printf("%d\n", first_byte(4) + q[0]);
    }
    return 0;
}
