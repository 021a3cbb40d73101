/* error: 5:12 */
#include <stdio.h>
#include "cwith.h"
/* a line splice inside a #define's name: cwith cannot read the name */
#define CHE\
CK(x) if (!(x)) return -1
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        CHECK(a);
        return fgetc(fp);
    }
}
