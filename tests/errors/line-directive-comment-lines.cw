/* error: 102:27 returning 'p' (the line after a #line whose comment spans lines) */
#include <stdlib.h>
#include "cwith.h"
/* A #line directive whose comment spans lines numbers the line after the
 * comment's end; gcc reports 'int f(void)' as line 100. */
#line 100 "tests/errors/line-directive-comment-lines.cw" /* a comment
   over two lines */
void *f(void)
{
    with (malloc(1) as p) return p;
}
