/* error: 14:9 a macro of a cycle, whose other macro was used first; note: 6:9 */
#include <stdlib.h>
#include "cwith.h"

/* B expands to A, whose text returns (A's B is not expanded again) */
#define B A
#define A B; return 1

int f(int x)
{
    if (x == 3) { A; }      /* read first: B must not be remembered as jump-free */
    with (malloc(1) as p) {
        x++;
        B;
    }
    return x;
}
