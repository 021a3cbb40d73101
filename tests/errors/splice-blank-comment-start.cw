/* error: 8:1 inside '//' */
/* gcc and clang read a backslash, blanks and a line end as a line splice
 * (with a warning): the two lines below begin with a // comment for them,
 * which ends at the line end, so the with-statement after is code. cwith
 * read a block comment, which took the rest of the file, and copied the
 * statement untranslated. Found by fuzz-props. */
#include <stdlib.h>
/\ 
/* the comment of the compiler
int f(void) { with (malloc(1)) return 1; return 0; }
