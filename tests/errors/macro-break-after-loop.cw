/* error: 15:13 a break after a macro's loop whose body is a braced if; note: 8:9 */
/* The macro's for loop ends with its body, the if and its block: the
 * break after it leaves the with-statement, not that loop (third audit:
 * the loop's region ran to the next ';' and took the break in, exit 0,
 * the exit skipped). */
#include <stdio.h>
#include "cwith.h"
#define LOG_ALL_THEN_STOP(n) for (int i_ = 0; i_ < (n); i_++) if (i_ >= 0) { printf("%d", i_); } break

void f(const char *p)
{
    for (int j = 0; j < 2; j++) {
        with (fopen(p, "r") as f) {
            (void)f;
            LOG_ALL_THEN_STOP(2);
        }
    }
}
