/* error: 13:11 a defer statement inside a macro's argument */
/* The compiler gets it as written where the macro puts its argument; cwith
 * copied it untranslated with exit 0 (as errors/with-in-macro-argument).
 * A name or a block cannot follow a name in an expression. */
#include <stdlib.h>
#include "cwith.h"
#define BLOCK(s) { s }
void use(char *);

void f(void)
{
    char *p = malloc(1);
    BLOCK(defer free(p); use(p);)
}
