/* error: 5:26 a with-statement in braces that do not open a function body */
/* A stray byte (RS, 0x1e) between ) and { : the brace is not a function
 * body, so the with-statement was taken for a call and copied, exit 0. */
#include <stdlib.h>
int f(void){ int n = 0; with (malloc(1)) return 1; return n; }
