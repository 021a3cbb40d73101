/* GNU statement attributes before a statement in a function that holds a
 * with-statement: kept as written. A musttail return outside any with body
 * or defer scope runs no exits: it stays a tail call. */
#include <stdlib.h>
#include "cwith.h"
int g(int x);
int f(int x)
{
    with (malloc(4) as p) {
        switch (x) {
        case 1:
            x++;
            __attribute__((fallthrough));
        default:
            break;
        }
    }
    __attribute__((musttail)) return g(x);
}
