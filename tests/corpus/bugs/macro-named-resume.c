/* Same as macro-named-value.c with the frame member `resume`.
 *   build/cwith tests/corpus/bugs/macro-named-resume.c -o t.c &&
 *   gcc -Iruntime t.c -Lbuild -lcwith && ./a.out          -> expect "ok" */
#include <stdio.h>
#include "cwith.h"

#define resume 0

int main(void)
{
    with (malloc(4) as p) {
        if (p && !resume)
            puts("ok");
    }
    return 0;
}
