/* hello.cw: Python's
 *     with open('hello.txt', 'w') as f:
 *         f.write('Hello World!')
 * in C with cwith. Build: cwith hello.cw -o hello.c && cc hello.c cwith.c */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    with (fopen("hello.txt", "w") as f) {
        fputs("Hello World!\n", f);
    }                               /* f is closed here */
    return 0;
}
