/* shapes.cw: with-statements in the shapes real code has, written so that
 * the equivalent hand-written C is warning-free under the strict flags of
 * tests/cli/warnings.sh; the translation must be warning-free too. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cwith.h"

int last_return(const char *path);
int last_return(const char *path)
{
    with (fopen(path, "r") as f) {
        return fgetc(f);
    }
}

int else_return(const char *path, int fallback);
int else_return(const char *path, int fallback)
{
    with (fopen(path, "r") as f) {
        return fgetc(f) + fallback;
    } else
        return fallback;
}

int braceless(const char *path);
int braceless(const char *path)
{
    with (fopen(path, "r") as f)
        return fgetc(f);
    else
        return -1;
}

long count_lines(const char *path);
long count_lines(const char *path)
{
    long n = 0;
    with (fopen(path, "r") as f, malloc(256) as buf) {
        char *line = buf;
        while (fgets(line, 256, f)) {
            if (line[0] == '#')
                continue;
            if (strlen(line) > 200)
                break;
            n++;
        }
    } else {
        return -1;
    }
    return n;
}

int find(const char *path, int c);
int find(const char *path, int c)
{
    int found = 0;
    with (fopen(path, "r") as f) {
        for (;;) {
            int ch = fgetc(f);
            if (ch == EOF)
                goto done;
            if (ch == c) {
                found = 1;
                goto done;
            }
        }
    }
done:
    return found;
}

void copy_first(const char *from, const char *to);
void copy_first(const char *from, const char *to)
{
    with (fopen(from, "r") as in, fopen(to, "w") as out) {
        int ch = fgetc(in);
        if (ch == EOF)
            return;
        fputc(ch, out);
    }
}

int guarded(const char *path);
int guarded(const char *path)
{
    cwith_error err;
    with (catch_error(&err)) {
        with (fopen(path, "r") as f) {
            if (fgetc(f) == EOF)
                cwith_raise(EIO, "%s: empty", path);
        }
    }
    return err.code;
}

int switch_in_with(const char *path);
int switch_in_with(const char *path)
{
    with (fopen(path, "r") as f) {
        switch (fgetc(f)) {
        case 'a':
            return 1;
        case 'b':
            break;
        default:
            return 0;
        }
    }
    return 2;
}

/* a case whose with body returns does not fall through into the next
 * (gcc's -Wimplicit-fallthrough, in -Wextra), with one item or several */
int with_in_case(const char *path, int how);
int with_in_case(const char *path, int how)
{
    switch (how) {
    case 1:
        with (fopen(path, "r") as f) {
            return fgetc(f);
        }
    case 2:
        with (fopen(path, "r") as f, malloc(16) as buf) {
            return fgets(buf, 16, f) != NULL;
        }
    case 3:
        with (fopen(path, "r") as f)
            return fgetc(f) + 3;
        else
            return -1;
    default:
        return 0;
    }
}

/* defer and errdefer: their scope's declarations come before its first
 * statement (-Wdeclaration-after-statement: the site of a defer was
 * declared after the deferred statement) */
int deferred(const char *path, int keep);
int deferred(const char *path, int keep)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    defer fclose(f);
    char *volatile buf = malloc(16);
    if (!buf)
        return -1;
    errdefer free(buf);
    if (keep) {
        defer free(buf);
        return fgets(buf, 16, f) != NULL;
    }
    return fgetc(f);
}

/* a defer's block that ends in an if/else, a switch or a with-statement
 * that cannot complete normally: no "control reaches end" (-Wreturn-type);
 * after a with-statement that handles errors it can */
int deferred_ends(const char *path, int k);
int deferred_ends(const char *path, int k)
{
    static cwith_error err;
    defer fflush(stdout);
    {
        defer puts("in");
        if (k > 1) {
            defer puts("two");
            switch (k) {
            case 2: return 2;
            default: return 3;
            }
        } else if (k == 1) {
            defer puts("one");
            with (fopen(path, "r") as f) return fgetc(f);
        } else {
            defer puts("zero");
            with (catch_error(&err)) {
                if (path[0]) return 1;
                return 0;
            }
        }
    }
    return -1;                          /* after a handled error */
}

int deferred_closed(int k);
int deferred_closed(int k)
{
    defer fflush(stdout);
    if (k) return 1; else return 0;
}

/* a defer's block that ends in a raise: no "control reaches end", and no
 * cwithK_to where no jump runs the defer (-Wunused-but-set-variable) */
int deferred_raise(int k);
int deferred_raise(int k)
{
    defer fflush(stdout);
    if (k > 0) return k;
    cwith_raise(EINVAL, "bad k %d", k);
}

CWITH_NORETURN void deferred_noreturn(void);
CWITH_NORETURN void deferred_noreturn(void)
{
    defer fflush(stdout);
    abort();
}

/* a resource handed out on one path only */
char *take_one(int n);
char *take_one(int n)
{
    with (malloc(16) as char *buf) {
        if (n > 0)
            return cwith_take(buf);
        if (n < 0) {
            cwith_take(buf);            /* the statement alone */
            free(buf);
        }
    }
    return NULL;
}

/* names the body does not use (hand-written, the close calls use them);
 * a taken first item before a second one */
int unused_names(const char *a, const char *b);
int unused_names(const char *a, const char *b)
{
    with (fopen(a, "r") as in, fopen(b, "w") as out)
        return 1;
    return 0;
}

char *take_first(int n);
char *take_first(int n)
{
    with (malloc(16) as char *first, malloc(16) as char *second) {
        if (n > 0)
            return cwith_take(first);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    const char *p = argc > 1 ? argv[1] : "shapes.cw";
    return last_return(p) + else_return(p, 1) + braceless(p) + (int)count_lines(p) +
           find(p, 'x') + guarded(p) + switch_in_with(p) +
           with_in_case(p, argc) + deferred(p, argc) + deferred_ends(p, argc) + deferred_closed(argc) + deferred_raise(argc) +
           (take_one(0) != NULL) + unused_names(p, p) + (take_first(0) != NULL) > 0 ? 0 : 1;
}
