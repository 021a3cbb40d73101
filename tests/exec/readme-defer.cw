/* The README's defer and errdefer examples, run: copy() closes and frees
 * on every way out; conn_open() frees only when dial() raises. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cwith.h"

static int closes, frees;
static int my_fclose(FILE *f) { closes++; return fclose(f); }
static void my_free(void *p) { frees++; free(p); }

static int copy(const char *from, const char *to, int fail_alloc)
{
    FILE *in = fopen(from, "rb");
    if (!in) return -1;
    defer my_fclose(in);
    char *buf = fail_alloc ? NULL : malloc(1 << 16);
    if (!buf) return -1;
    defer my_free(buf);
    FILE *out = fopen(to, "wb");
    if (!out) return -2;
    defer my_fclose(out);
    size_t n;
    while ((n = fread(buf, 1, 1 << 16, in)) > 0)
        if (fwrite(buf, 1, n, out) != n) return -3;
    return 0;
}

struct conn { int fd; };
static int dial(const char *host)
{
    if (!strcmp(host, "down")) cwith_raise(ECONNREFUSED, "%s: refused", host);
    return 42;
}

static struct conn *conn_open(const char *host)
{
    struct conn *volatile c = calloc(1, sizeof *c);
    if (!c) cwith_raise(ENOMEM, "out of memory");
    errdefer my_free(c);
    c->fd = dial(host);
    return c;
}

int main(void)
{
    FILE *f = fopen("readme-defer.tmp", "wb");
    fputs("hello\n", f);
    fclose(f);
    printf("copy: %d", copy("readme-defer.tmp", "readme-defer.out.tmp", 0));
    printf(" closes %d frees %d\n", closes, frees);
    printf("copy, no memory: %d", copy("readme-defer.tmp", "readme-defer.out.tmp", 1));
    printf(" closes %d frees %d\n", closes, frees);
    printf("copy, no output: %d", copy("readme-defer.tmp", "/nonexistent/x", 0));
    printf(" closes %d frees %d\n", closes, frees);
    remove("readme-defer.tmp");
    remove("readme-defer.out.tmp");

    struct conn *c = conn_open("up");
    printf("conn fd %d, frees %d\n", c->fd, frees);
    free(c);
    cwith_error err;
    with (catch_error(&err)) conn_open("down");
    printf("%s, frees %d\n", err.message, frees);
    return 0;
}
