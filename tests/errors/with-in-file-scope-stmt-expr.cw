/* error: 3:12 a with-statement in a statement expression at file scope (not C, but it must not pass untranslated) */
#include <stdio.h>
int x = ({ with (fopen("x", "r") as fp) { } 1; });
