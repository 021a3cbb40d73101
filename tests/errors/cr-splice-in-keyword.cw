/* error: 8:8 */
#include <stdlib.h>
/* gcc reads a carriage return alone as a line end, so a backslash before
 * one is a line splice: the keyword below is whole for the compiler */
void use(void *);
void f(void)
{
    wi\th (malloc(1) as p) {
        use(p);
    }
}
