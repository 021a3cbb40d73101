/* error: 8:7 */
#include <stdlib.h>
/* when the compiler reads trigraphs (gcc -std=c99, -trigraphs) the trigraph
 * for a backslash, then a line end, is a line splice: the two lines below
 * make one keyword, so the file is refused */
void use(void *);
void f(void)
{   wi??/
th (malloc(1) as p) {
        use(p);
    }
}
