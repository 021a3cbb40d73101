/* error: 13:11 a with-statement without 'as' and with a braceless body, inside a macro's argument */
/* The compiler gets it as written where the macro puts its argument; cwith
 * refused such a statement only with an 'as' or a block body, and copied
 * 'with (malloc(1)) use(1);' untranslated with exit 0. A name or a literal
 * cannot follow a call's ')' in an expression. */
#include <stdlib.h>
#include "cwith.h"
#define TWICE(s) s s
void use(int);

void f(void)
{
    TWICE(with (malloc(1)) use(1);)
}
