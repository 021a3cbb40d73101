/* error: 26:16 crossed macro cycles whose last macro reaches a return; note: 9:9 */
/* Crossed cycles of macros (each of twelve uses all twelve) where the last
 * one reaches a macro that returns: the return is found once each macro is
 * followed to a fixed point. (Before: refused as too deep to follow.) */
#include <stdlib.h>
#include "cwith.h"

#define J 0); return (1
#define C0 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C1 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C2 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C3 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C4 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C5 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C6 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C7 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C8 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C9 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C10 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11)
#define C11 (C0 + C1 + C2 + C3 + C4 + C5 + C6 + C7 + C8 + C9 + C10 + C11 + J)

int f(int x)
{
    with (malloc(1) as p) {
        x++;
        (void)(C0);
    }
    return x;
}
