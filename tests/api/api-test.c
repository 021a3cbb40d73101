/* api-test.c: the in-process API (translate.h) keeps each translation to
 * itself. For every input it translates
 *   once, alone;  twice, one after the other;  twice at once, in two threads
 * and checks that all five give the same status, output and diagnostics.
 * The first result is written to OUTPUT (or its diagnostics to stderr), so
 * tests/cli/api.sh can compare it with the cwith command's.
 *
 * usage: api-test INPUT OUTPUT    exit 0 if all agree, 1 if not, 2 on usage
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translate.h"

typedef struct Run {
    const char *name, *text;
    size_t size;
    cwith_status status;
    char *out, *diag;
    size_t out_size, diag_size;
} Run;

static void *translate_run(void *arg)
{
    Run *r = arg;
    FILE *out = open_memstream(&r->out, &r->out_size);
    FILE *diag = open_memstream(&r->diag, &r->diag_size);
    if (!out || !diag) abort();
    cwith_options opt = cwith_default_options();
    opt.diagnostics = diag;
    r->status = cwith_translate(r->name, r->text, r->size, &opt, out);
    fclose(out);
    fclose(diag);
    return NULL;
}

static int same(const Run *a, const Run *b)
{
    return a->status == b->status && a->out_size == b->out_size &&
           a->diag_size == b->diag_size && !memcmp(a->out, b->out, a->out_size) &&
           !memcmp(a->diag, b->diag, a->diag_size);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: api-test INPUT OUTPUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 2; }
    char *text = NULL;
    size_t size = 0, cap = 0, got;
    do {
        if (cap - size < 4096) text = realloc(text, cap = 2 * cap + 4096);
        got = fread(text + size, 1, cap - size, in);
        size += got;
    } while (got > 0);
    fclose(in);

    Run runs[5];
    for (int i = 0; i < 5; i++) runs[i] = (Run){ argv[1], text, size, 0, NULL, NULL, 0, 0 };
    translate_run(&runs[0]);
    translate_run(&runs[1]);
    translate_run(&runs[2]);
    pthread_t t3, t4;
    if (pthread_create(&t3, NULL, translate_run, &runs[3]) ||
        pthread_create(&t4, NULL, translate_run, &runs[4])) { perror("pthread_create"); return 2; }
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);

    int ok = 1;
    for (int i = 1; i < 5; i++) {
        if (!same(&runs[0], &runs[i])) {
            fprintf(stderr, "api-test: %s: run %d differs from the first\n", argv[1], i);
            ok = 0;
        }
    }
    FILE *out = fopen(argv[2], "wb");
    if (!out) { perror(argv[2]); return 2; }
    if (runs[0].status == CWITH_OK) fwrite(runs[0].out, 1, runs[0].out_size, out);
    else fwrite(runs[0].diag, 1, runs[0].diag_size, stderr);
    fclose(out);
    for (int i = 0; i < 5; i++) { free(runs[i].out); free(runs[i].diag); }
    free(text);
    return ok ? 0 : 1;
}
