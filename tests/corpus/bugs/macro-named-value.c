/* A user macro named like a member of cwith.h's frame (value, exit,
 * resume) breaks the generated code: CWITH_ENTER expands to
 * `cwith_frame1.value = &(cwith1);`, and `value` is then replaced by the
 * user's macro.  From gcc's torture test 990923-1.c.
 *   build/cwith tests/corpus/bugs/macro-named-value.c -o t.c &&
 *   gcc -Iruntime t.c -Lbuild -lcwith && ./a.out          -> expect "ok" */
#include <stdio.h>
#include "cwith.h"

#define value 0xabcd0000L

int main(void)
{
    with (malloc(4) as p) {
        if (p && value)
            puts("ok");
    }
    return 0;
}
