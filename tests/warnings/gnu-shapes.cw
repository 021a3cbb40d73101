/* gnu-shapes.cw: GNU C shapes (statement expressions) whose hand-written
 * equivalent is warning-free under tests/cli/warnings.sh's strict flags in
 * GNU mode (-std=gnu99, no -Wpedantic; clang: no -Wgnu-statement-expression);
 * the translation must be warning-free too. */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

/* a return inside a statement expression inside a return: each return
 * keeps its value in a temporary of its own (-Wshadow) */
int nested_return(const char *path, int early);
int nested_return(const char *path, int early)
{
    with (fopen(path, "r") as f) {
        return ({
            int c = 0;
            with (malloc(16) as buf) {
                if (early) return -2;
                c = fgetc(f) + (buf != NULL);
            }
            c;
        });
    }
    return -1;
}
