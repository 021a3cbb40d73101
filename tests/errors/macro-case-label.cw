/* error: 14:5 a case label hidden in a macro, in a with body whose switch is outside; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define ON(n) case n:
#define POINT(l) l:

int f(int k, const char *p)
{
    switch (k) {
    ON(0)
        with (fopen(p, "r") as f) {
            fgetc(f);
    ON(1)                       /* switch (1) would enter the body past the enter */
            puts("body");
        }
    }
    if (k > 5) goto retry;
    with (fopen(p, "r") as g) {
        POINT(retry)            /* the goto above would enter the body */
        fgetc(g);
    }
    return 0;
}
