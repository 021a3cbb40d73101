/* error: 25:1 braces opened in two separate #ifdef/#ifndef groups; note: 5:1 */
#include <stdio.h>
int f(int a)
{
#ifdef ALT
    if (a) {
#endif
#ifndef ALT
    if (!a) {
#endif
        puts("x");
    }
    return 0;
}

/* cwith parses both groups (it does not evaluate #if), sees two '{' and
 * one '}', and loses the end of f: the with-statement below would stay
 * untranslated, so the file is refused, with a note at the first group */
int g(int a)
{
    with (fopen("x", "r") as fp) { if (a) return 1; }
    return 0;
}
int main(void) { return g(1) - 1 + f(0); }
