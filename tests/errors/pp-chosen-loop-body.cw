/* error: 10:1 a loop's body chosen by #ifdef, a break in the later branch; note: 13:30 */
#include "cwith.h"

int first_blank(const char *path, const char *s)
{
    int i = 0;
    with (fopen(path, "r") as f) {
        (void)f;
        for (; s[i]; i++)
#ifdef STRICT
            if (s[i] == ' ') return -1;
#else
            if (s[i] == ' ') break;     /* leaves the for only, not the with */
#endif
    }
    return i;
}
