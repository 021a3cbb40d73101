/* A directive's name is an identifier, digits and all: `#if0` is an
 * unknown directive (gcc: "invalid preprocessing directive #if0"), not
 * `#if 0`. cwith read the name up to the digit, took the rest for a dead
 * group, and copied the with-statement below untranslated, exit 0. Now it
 * is translated (and the compiler reports the directive). */
#include <stdlib.h>
#include "cwith.h"
int f(int n)
{
#if0
    with (malloc(1) as p) return n;
#endif
    return 0;
}
