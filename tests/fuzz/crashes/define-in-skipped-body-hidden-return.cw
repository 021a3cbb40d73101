#include <stdio.h>
#include "cwith.h"
void setup(void)
{
#define CHECK(x) if (!(x)) return -1
}
int f(void)
{
    with (fopen("a", "r") as fp) {
        CHECK(fgetc(fp) != EOF);
    }
    return 0;
}
