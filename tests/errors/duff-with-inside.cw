/* error: 12:9 case label of Duff's device inside a with body; note: 10:13 */
#include <stdio.h>
#include "cwith.h"

void copy(char *to, const char *from, int count)
{
    int n = (count + 3) / 4;

    switch (count % 4) {
    case 0: with (fopen("log", "w") as log) do { *to++ = *from++;
        fputc('.', log);
        case 3: *to++ = *from++;
        case 2: *to++ = *from++;
        case 1: *to++ = *from++;
    } while (--n > 0);
    }
}
