/* error: 7:35 a declarator with parentheses is not a type and a name */
#include <stdio.h>
#include "cwith.h"

void f(void)
{
    with (fopen("x", "r") as FILE (*g)) fputs("x", g);
}
