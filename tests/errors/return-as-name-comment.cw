/* error: 10:9 returning 'p', which the with-statement releases; note: 9:24 */
/* Comments inside the returned value are blanks: a comment between p
 * and the closing parenthesis still returns the released p, as surely as
 * `return (p);`. A comment opener in a string is no comment. */
#include <stdlib.h>

char *inside(void)
{
    with (malloc(8) as p) {
        return (p /* the buffer */);
    }
    return NULL;
}
char *line_comment(int k)
{
    with (malloc(8) as p)
        return k ? p // kept
                 : NULL;
    return NULL;
}
const char *string(int k)
{
    with (malloc(8) as p)
        return k ? "/*" : "*/";
    return NULL;
}
