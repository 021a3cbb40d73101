/* error: 8:1 the end of the file right after a function whose syntax error bison recovered from (it said only "syntax error") */
#include <stdio.h>

int f(void) { with (fopen("a", "r") as fp) { x); } }
void g(void) { x; }
void h(void) { ) }
(
