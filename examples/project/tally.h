/* tally.h: a line and word tally that threads may share, and a manager of
 * this project's own. Included by both .cw files. */
#ifndef TALLY_H
#define TALLY_H

#include <pthread.h>
#include <stdio.h>
#include "cwith.h"

typedef struct tally {
    pthread_mutex_t lock;
    long lines, words;
} tally;

void tally_line(tally *t, const char *line);    /* adds one line */
int tally_file(tally *t, const char *path);     /* 0, or -1: cannot read it */
void tally_must(tally *t, const char *path);    /* raises: cannot read it */

/* section("name") prints [name] when entered and [/name] when left, with
 * the code of an error that passes through it. */
static inline const char *section(const char *name)
{
    printf("[%s]\n", name);
    return name;
}
CWITH_MANAGER_EXIT(section, const char *, v == NULL, vp, err)
{
    if (err)
        printf("[/%s: error %d]\n", *vp, err->code);
    else
        printf("[/%s]\n", *vp);
    return 0;                   /* never handles it: the error goes on */
}

#endif
