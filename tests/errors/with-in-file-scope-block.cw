/* error: 4:5 a with-statement in a block at file scope (not C, but it must not pass untranslated) */
#include <stdio.h>
switch (k) {
    with (fopen("x", "r") as fp) { }
}
