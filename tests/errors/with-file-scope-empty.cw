/* error: 7:1 a with-statement at file scope with an empty body */
#include <stdlib.h>
/* (with a block body it was refused; with `;` or a statement it was copied
 * untranslated with exit 0) */
int x;

with (malloc(1)) ;
with (malloc(2)) free(0);
with (malloc(3));

int main(void) { return x; }
