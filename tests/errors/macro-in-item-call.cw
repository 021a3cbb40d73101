/* error: 9:41 a macro that returns, in the call of a later item; note: 5:9 */
#include <stdio.h>
#include "cwith.h"

#define TRY(e) ({ int v_ = (e); if (v_ < 0) return -1; v_; })

int f(const char *p, int a)
{
    with (fopen(p, "r") as f, fopen(p + TRY(a), "r") as g) {
        return fgetc(f) + fgetc(g);
    }
    return 0;
}
