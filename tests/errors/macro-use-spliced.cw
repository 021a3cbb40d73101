/* error: 11:9 note: 3:9 */
#include <stdio.h>
#define CHECK(x) if (!(x)) return -1
#include "cwith.h"

/* a line splice inside the macro's name where it is used */
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        CHE\
CK(a);
        return fgetc(fp);
    }
}
