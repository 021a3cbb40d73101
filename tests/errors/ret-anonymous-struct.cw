/* error: 6:22 an anonymous struct as the return type cannot be named again; note: 5:1 */
#include <stdlib.h>

static struct { int a; } anon(void)
{
    with (malloc(1)) return (__typeof__(anon())){ 5 };
    return (__typeof__(anon())){ 0 };
}
