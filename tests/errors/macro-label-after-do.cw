/* error: 17:9 a label hidden in a macro after do, if's ')' and else; note: 7:9 */
#include <stdio.h>
#include "cwith.h"

/* each macro holds a label where a statement starts, though not after
 * ';', '{' or '}': after `do`, after the ')' of an if, after `else` */
#define RETRY_POINT do retry: puts("retry"); while (0)
#define IF_POINT(c) if (c) again: puts("again")
#define ELSE_POINT(c) if (c) puts("no"); else other: puts("other")

int f(int k, const char *p)
{
    if (k == 1) goto retry;     /* would enter the with body past the enter */
    if (k == 2) goto again;
    if (k == 3) goto other;
    with (fopen(p, "r") as f) {
        RETRY_POINT;
        IF_POINT(k);
        ELSE_POINT(k);
    }
    return 0;
}
