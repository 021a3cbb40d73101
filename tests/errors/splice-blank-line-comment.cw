/* error: 4:19 a splice with blanks ending a // comment line: gcc goes on with the comment */
#include <stdio.h>
#include "cwith.h"
// a comment line \  
/* for gcc this line is in the comment above, for cwith a block comment
int f(void)
{
    with (fopen("x", "r") as fp)
        return fgetc(fp);
    return 0;
} /* ... */
