/* error: 12:7 the word 'with' is an argument of 'X'; note: 12:5 */
/* The word with passed to a macro that may put it where a statement
 * starts: cwith does not expand macros, so a with-statement made so would
 * be left untranslated (gcc then fails on 'as'; or, without 'as', the
 * exits never run). Calls that cannot become a statement pass. */
#include <stdlib.h>
#define X(a) a
int replace(const char *what, const char *with) { return what != with; }
int f(const char *with)
{
    int n = replace("a", with);
    X(with) (malloc(1) as p) { return n; }
    return 0;
}
