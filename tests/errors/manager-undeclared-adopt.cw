/* error: 9:23 no manager 'widget' is declared */
#include <stdio.h>
#include <cwith.h>

/* cwith_adopt(M, value) names the manager M whose test and exit apply. */
int main(void)
{
    FILE *fp = stdout;
    with (cwith_adopt(widget, fp) as f) fputs("hi\n", f);
    return 0;
}
