/* error: 6:5 with-statement outside a function: the header before it is broken, the item has "as" and no name */
#include <stdio.h>

int main*void)
{
    with (fopen("x", "r") as) {
        puts("body");
    }
    return 0;
}
