/* An else that belongs to the with-statement, not to the if before it
 * (tests/cli/wrapper.sh): cwith warns as gcc's -Wdangling-else does, and
 * the wrapper treats that warning as gcc would: -Werror makes it an error,
 * -w or -Wno-dangling-else silences it. */
#include "trace.h"

int main(void)
{
    int n = 1;
    if (n)
        with (res(1)) say("body");
        else say("failed");
    end();
    return 0;
}
