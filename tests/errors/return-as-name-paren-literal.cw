/* error: 10:9 returning 'p', which the with-statement releases; note: 9:24 */
/* A ')' inside a character constant or a string in the returned value
 * does not close a parenthesis: `return (c == ')' ? p : NULL);` still
 * returns the released p. */
#include <stdlib.h>

char *closing(char c)
{
    with (malloc(8) as p) {
        return (c == ')' ? p : NULL);
    }
    return NULL;
}

char *string(const char *s)
{
    with (malloc(8) as p)
        return (*s == *")" ? NULL : p);
    return NULL;
}
