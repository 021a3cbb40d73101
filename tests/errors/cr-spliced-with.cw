/* error: 6:9 a lone carriage return, and the only statement to translate has its keyword split by a line splice */
#include <stdlib.h>
void use(void *);
void g(void)
{
    // cwi\
th (malloc(1) as p) {
        use(p);
    }
}
