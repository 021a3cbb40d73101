/* error: 13:11 no manager 'widget_open' is declared in the file or the headers cwith read */
#include <stdio.h>
#include "cwith.h"

/* The build step reads every header this file includes (<stdio.h> is the
 * C library's, "cwith.h" declares the shipped managers), and nothing
 * declares widget_open as a manager: the compiler would report errors on
 * cwith's generated names (the typedef of its type, ...). One error here. */
FILE *widget_open(int n);

int main(void)
{
    with (widget_open(3) as w) {
        fputs("hi\n", w);
    }
    return 0;
}
