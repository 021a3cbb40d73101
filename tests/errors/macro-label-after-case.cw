/* error: 17:9 a label hidden in a macro after case, default and _Pragma; note: 7:9 */
#include <stdio.h>
#include "cwith.h"

/* each macro holds a label where a statement starts: after the ':' of a
 * case or default label, after _Pragma(...) (third audit: exit 0) */
#define DISPATCH(k) switch (k) { case 0: resume: puts("in"); break; default: break; }
#define FALLBACK(k) switch (k) { default: fallback: puts("fb"); }
#define QUIET_POINT _Pragma("GCC diagnostic push") hop: puts("hop"); _Pragma("GCC diagnostic pop")

int f(int k, const char *p)
{
    if (k == 1) goto resume;    /* would enter the with body past the enter */
    if (k == 2) goto fallback;
    if (k == 3) goto hop;
    with (fopen(p, "r") as f) {
        DISPATCH(k);
        FALLBACK(k);
        QUIET_POINT;
    }
    return 0;
}
