/* error: 6:1 */
#include <stdio.h>
#include "cwith.h"
/* with trigraphs on (gcc -std=c99, -trigraphs) the next line is a directive
 * that cwith does not read: it refuses the file */
??=define CHECK(x) if (!(x)) return -1
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        CHECK(a);
        return fgetc(fp);
    }
}
