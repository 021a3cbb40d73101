/* wc.cw: count lines of files; every path out of the with closes the file. */
#include <stdio.h>
#include "cwith.h"

static long count_lines(const char *path, long limit)
{
    long n = 0;
    with (fopen(path, "r") as f) {
        int c;
        while ((c = getc(f)) != EOF) {
            if (c == '\n' && ++n == limit)
                return -1;              /* f is closed first */
        }
    } else {
        perror(path);                   /* fopen failed: nothing to close */
        return -2;
    }
    return n;                           /* f was closed at the brace */
}

int main(int argc, char **argv)
{
    int status = 0;
    for (int i = 1; i < argc; i++) {
        long n = count_lines(argv[i], 1000000);
        if (n < 0) status = 1;
        else printf("%7ld %s\n", n, argv[i]);
    }
    return status;
}
