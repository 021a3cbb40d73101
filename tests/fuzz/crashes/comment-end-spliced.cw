/* error: 12:9 note: 4:25 */
#include <stdio.h>
#include "cwith.h"
/* checks */    #define CHECK(x) if (!(x)) return -1

/* a comment (or blanks) before '#' still makes a directive: CHECK is
 * a macro that returns, used in a with body *\
/
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        CHECK(a);
        return fgetc(fp);
    }
}
