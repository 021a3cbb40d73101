#include <stdio.h>
#include "cwith.h"
#include "config.h"
#include "count.h"

int main(int argc, char **argv)
{
    printf("%s %d %d\n", GREETING, count_lines(argc > 1 ? argv[1] : "Makefile"), twice(LIMIT));
    return 0;
}
