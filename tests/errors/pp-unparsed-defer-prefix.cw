/* error: 11:1 a defer whose statement starts with '*' in a preprocessor branch that is not parsed */
/* As errors/pp-unparsed-defer, but the deferred statement starts with '*'
 * (also '++', '--', or '(' after _Defer): the branch was not taken for one
 * holding a defer, and was copied untranslated with exit 0. */
#include <stdio.h>

void use(int fast, int *busy)
{
#ifdef FAST_PATH
    if (fast) {
#else
    if (!fast) {
        *busy = 1;
        defer *busy = 0;
#endif
        printf("%d\n", *busy);
    }
}
