/* error: 18:13 a label made by ## in a macro, in a with body a goto enters; note: 7:9 */
#include <stdio.h>
#include "cwith.h"

/* `resume_ ## n:` is the label resume_1; `ca ## se n:` is a case label;
 * `x ? a ## b : c` is no label */
#define RESUME_POINT(n) resume_ ## n: puts("resume")
#define ALSO(n) ca ## se n: puts("also")
#define PICK(x, a, b) ((x) ? a ## b : 0)

int f(int k, const char *p)
{
    int w2 = 2;
    if (k) goto resume_1;       /* would enter the with body past the enter */
    switch (k) {
    case 0:
        with (fopen(p, "r") as f) {
            RESUME_POINT(1);
            ALSO(1);
            k = PICK(1, w, 2);
        }
    }
    return k;
}
