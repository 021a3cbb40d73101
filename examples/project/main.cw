/* main.cw: writes a small text, tallies it, then lets an error raised in a
 * with-statement pass through a section to catch_error. */
#include <errno.h>
#include <stdio.h>
#include "tally.h"

static int write_text(const char *path)
{
    with (fopen(path, "w") as f) {
        fputs("the with statement\nfor C\n\ncloses every file\n", f);
    } else
        return -1;
    return 0;                   /* f is closed (and flushed) here */
}

int main(void)
{
    tally t = { PTHREAD_MUTEX_INITIALIZER, 0, 0 };
    cwith_error err;

    if (write_text("tally-sample.txt") != 0) {
        perror("tally-sample.txt");
        return 1;
    }
    with (section("count")) {
        if (tally_file(&t, "tally-sample.txt") != 0)
            return 1;           /* [/count] is printed first */
        printf("%ld lines, %ld words\n", t.lines, t.words);
    }
    with (catch_error(&err)) {
        with (section("missing"))
            tally_must(&t, "no-such-file.txt");
    }
    printf("caught: %s\n", err.message);
    remove("tally-sample.txt");
    return err.code == ENOENT ? 0 : 1;
}
