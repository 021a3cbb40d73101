/* error: 6:6 a syntax error, then a GNU nested function, then a with-statement; note: 8:5 */
#include <stdio.h>

void f(void)
{
    x);
    int g(void) { return 1; }
    with (fopen("a", "r") as fp) {     /* was copied untranslated, exit status 0 */
        fgetc(fp);
    }
}
