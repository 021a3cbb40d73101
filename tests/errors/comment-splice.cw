/* error: 7:67 */
#include <stdio.h>
#include "cwith.h"
/* a line splice between the '*' and the '/' that end a comment: C reads
 * the comment as ending there (splices go before comments), cwith's scanner
 * does not; with trigraphs and lone CRs it is refused in a file with a
 * with-statement, so the with below is never copied untranslated *\
/
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        if (!a) return -1;
        return fgetc(fp);
    }
}
