/* tally.cw: count lines and words; every way out of a with-statement
 * closes the file, frees the buffer and unlocks the mutex. */
#include <ctype.h>
#include <stdlib.h>
#include "tally.h"

void tally_line(tally *t, const char *line)
{
    long words = 0;
    for (const char *p = line; *p; p++)
        if (!isspace((unsigned char)*p) && (p == line || isspace((unsigned char)p[-1])))
            words++;
    with (mutex_locked(&t->lock)) {
        t->lines++;
        t->words += words;
    }
}

int tally_file(tally *t, const char *path)
{
    with (fopen(path, "r") as f, malloc(256) as line) {
        while (fgets(line, 256, f))
            tally_line(t, line);
    } else
        return -1;              /* fopen or malloc failed; nothing is left open */
    return 0;
}

void tally_must(tally *t, const char *path)
{
    with (fopen(path, "r") as f) {      /* no else: a failed fopen raises */
        char line[256];
        while (fgets(line, sizeof line, f))
            tally_line(t, line);
    }
}
