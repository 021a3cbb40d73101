/* deep-returns.cw: returns nested 18 with-items deep, past the depth
 * from which their exits are shared (the return ladder, codegen.c): a
 * function-level value and gotos between steps must not make a compiler
 * warn (-Wclobbered, -Wjump-misses-init, -Wreturn-type, unused labels). */
#include <stdlib.h>
#include "cwith.h"

long deep(size_t n);
long deep(size_t n)
{
    with (malloc(n + 0) as p0) { if (n == 0) return (long)n + (p0 != NULL);
    with (malloc(n + 1) as p1) { if (n == 1) return (long)n + (p1 != NULL);
    with (malloc(n + 2) as p2) { if (n == 2) return (long)n + (p2 != NULL);
    with (malloc(n + 3) as p3) { if (n == 3) return (long)n + (p3 != NULL);
    with (malloc(n + 4) as p4) { if (n == 4) return (long)n + (p4 != NULL);
    with (malloc(n + 5) as p5) { if (n == 5) return (long)n + (p5 != NULL);
    with (malloc(n + 6) as p6) { if (n == 6) return (long)n + (p6 != NULL);
    with (malloc(n + 7) as p7) { if (n == 7) return (long)n + (p7 != NULL);
    with (malloc(n + 8) as p8) { if (n == 8) return (long)n + (p8 != NULL);
    with (malloc(n + 9) as p9) { if (n == 9) return (long)n + (p9 != NULL);
    with (malloc(n + 10) as p10) { if (n == 10) return (long)n + (p10 != NULL);
    with (malloc(n + 11) as p11) { if (n == 11) return (long)n + (p11 != NULL);
    with (malloc(n + 12) as p12) { if (n == 12) return (long)n + (p12 != NULL);
    with (malloc(n + 13) as p13) { if (n == 13) return (long)n + (p13 != NULL);
    with (malloc(n + 14) as p14) { if (n == 14) return (long)n + (p14 != NULL);
    with (malloc(n + 15) as p15) { if (n == 15) return (long)n + (p15 != NULL);
    with (malloc(n + 16) as p16) { if (n == 16) return (long)n + (p16 != NULL);
    with (malloc(n + 17) as p17) { if (n == 17) return (long)n + (p17 != NULL);
    }}}}}}}}}}}}}}}}}}
    return -1;
}

void deep_void(size_t n);
void deep_void(size_t n)
{
    with (malloc(n + 0) as q0) { if (n == 0) return;
    with (malloc(n + 1) as q1) { if (n == 1) return;
    with (malloc(n + 2) as q2) { if (n == 2) return;
    with (malloc(n + 3) as q3) { if (n == 3) return;
    with (malloc(n + 4) as q4) { if (n == 4) return;
    with (malloc(n + 5) as q5) { if (n == 5) return;
    with (malloc(n + 6) as q6) { if (n == 6) return;
    with (malloc(n + 7) as q7) { if (n == 7) return;
    with (malloc(n + 8) as q8) { if (n == 8) return;
    with (malloc(n + 9) as q9) { if (n == 9) return;
    with (malloc(n + 10) as q10) { if (n == 10) return;
    with (malloc(n + 11) as q11) { if (n == 11) return;
    with (malloc(n + 12) as q12) { if (n == 12) return;
    with (malloc(n + 13) as q13) { if (n == 13) return;
    with (malloc(n + 14) as q14) { if (n == 14) return;
    with (malloc(n + 15) as q15) { if (n == 15) return;
    with (malloc(n + 16) as q16) { if (n == 16) return;
    with (malloc(n + 17) as q17) { if (n == 17) return;
    }}}}}}}}}}}}}}}}}}
}

int deep_last(size_t n);
int deep_last(size_t n)
{
    with (malloc(n + 0) as r0)
    with (malloc(n + 1) as r1)
    with (malloc(n + 2) as r2)
    with (malloc(n + 3) as r3)
    with (malloc(n + 4) as r4)
    with (malloc(n + 5) as r5)
    with (malloc(n + 6) as r6)
    with (malloc(n + 7) as r7)
    with (malloc(n + 8) as r8)
    with (malloc(n + 9) as r9)
    with (malloc(n + 10) as r10)
    with (malloc(n + 11) as r11)
    with (malloc(n + 12) as r12)
    with (malloc(n + 13) as r13)
    with (malloc(n + 14) as r14)
    with (malloc(n + 15) as r15)
    with (malloc(n + 16) as r16)
    with (malloc(n + 17) as r17)
        return (int)n;
}
