/* error: 39:13 line and column after functions skipped whole */
/* The declaration skip takes a with-free function whole, header and body,
 * at byte level: the lines it counts (in comments, directives, #if groups,
 * multi-line headers) must put the error below at its line and column. */
#include <stdlib.h>
#include "cwith.h"

static int
add(int a,
    int b)      /* a header over
                   several lines */
{
    return a + b; /* } in a comment */
}

__attribute__((unused)) static const char *name(void) {
#if defined(LONG_NAMES)
    return "a long name { with a brace";
#else
    return "short";
#endif
}

int table[] = { 1, 2, 3 }; int after_table(void) { return table[0]; }

static int twice(int x)
{
    /* a comment
       over lines,
       with the word with in it */
    // and one with a }
    return 2 * x;
}

int f(int n)
{
    with (malloc(4) as p) {
        if (n)
            goto inside;
    }
    goto inside;
    with (malloc(4) as q) {
inside:
        (void)q;
    }
    return add(n, twice(n)) + (name() != NULL);
}
