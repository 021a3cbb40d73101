/* error: 5:19 a splice with blanks ending a line in a string: gcc goes on with the string */
#include <stdio.h>
#include "cwith.h"

const char *s = "a\ 
"; int f(void) { with (fopen("x", "r") as fp) return fgetc(fp); return 0; } /* " */
