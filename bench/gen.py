#!/usr/bin/env python3
"""gen.py - deterministic C input for the translator benchmark.

    python3 bench/gen.py MEGABYTES with|plain OUTPUT.c

Writes at least MEGABYTES * 1e6 bytes of ordinary C functions (file reading,
buffers, copies, switch statements, structs, comments).  `with` puts a
with-statement (shipped managers fopen/malloc; early returns, break,
continue, goto out of nested items, else) in roughly one line in twenty;
`plain` writes the same functions with the usual hand-written releases
(goto-cleanup, fclose/free on each path), so both files have the same shape
and nearly the same size.  The same arguments always give the same bytes
(fixed seed); the with-files translate with cwith and compile with gcc.
"""
import random
import sys

HEAD_WITH = '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include "cwith.h"\n\n'
HEAD_PLAIN = '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n'

# Each template: (with-version, plain-version); {n} is a unique number,
# {a} {b} {c} small constants.
COUNT_W = '''/* count_lines_{n}: number of lines in path (at most limit), -1 if unreadable */
long count_lines_{n}(const char *path, long limit)
{{
    long n = 0;
    int c;
    with (fopen(path, "r") as f) {{
        while ((c = getc(f)) != EOF) {{
            if (c == '\\n')
                n++;
            if (limit > 0 && n >= limit)
                return n;               /* closes f */
        }}
    }} else
        return -1;
    return n + {a};
}}

'''
COUNT_P = '''/* count_lines_{n}: number of lines in path (at most limit), -1 if unreadable */
long count_lines_{n}(const char *path, long limit)
{{
    long n = 0;
    int c;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    while ((c = getc(f)) != EOF) {{
        if (c == '\\n')
            n++;
        if (limit > 0 && n >= limit) {{
            fclose(f);
            return n;
        }}
    }}
    fclose(f);
    return n + {a};
}}

'''
BLOCKS_W = '''static unsigned sum_blocks_{n}(FILE *in, size_t size)
{{
    unsigned total = {a};
    for (int i = 0; i < {b}; i++) {{
        with (malloc(size) as buf) {{
            size_t got = fread(buf, 1, size, in);
            if (got == 0)
                break;                  /* frees buf, leaves the for */
            if (got < size / 2)
                continue;               /* frees buf, next block */
            for (size_t j = 0; j < got; j++)
                total += ((unsigned char *)buf)[j] * {c}u;
        }}
    }}
    return total;
}}

'''
BLOCKS_P = '''static unsigned sum_blocks_{n}(FILE *in, size_t size)
{{
    unsigned total = {a};
    for (int i = 0; i < {b}; i++) {{
        unsigned char *buf = malloc(size);
        if (buf == NULL)
            abort();
        size_t got = fread(buf, 1, size, in);
        if (got == 0) {{
            free(buf);
            break;
        }}
        if (got < size / 2) {{
            free(buf);
            continue;
        }}
        for (size_t j = 0; j < got; j++)
            total += buf[j] * {c}u;
        free(buf);
    }}
    return total;
}}

'''
COPY_W = '''int copy_file_{n}(const char *src, const char *dst)
{{
    int rc = -1;
    with (fopen(src, "rb") as in, fopen(dst, "wb") as out, malloc({b}) as buf) {{
        size_t n;
        while ((n = fread(buf, 1, {b}, in)) > 0) {{
            if (fwrite(buf, 1, n, out) != n)
                goto fail;              /* leaves all three */
        }}
        rc = 0;
    }} else
        return -2;
    return rc;
fail:
    fprintf(stderr, "copy_file_{n}: write error\\n");
    return -1;
}}

'''
COPY_P = '''int copy_file_{n}(const char *src, const char *dst)
{{
    int rc = -2;
    FILE *in = fopen(src, "rb");
    if (in == NULL)
        goto out;
    FILE *out = fopen(dst, "wb");
    if (out == NULL)
        goto close_in;
    char *buf = malloc({b});
    if (buf == NULL)
        goto close_out;
    size_t n;
    rc = 0;
    while ((n = fread(buf, 1, {b}, in)) > 0) {{
        if (fwrite(buf, 1, n, out) != n) {{
            fprintf(stderr, "copy_file_{n}: write error\\n");
            rc = -1;
            break;
        }}
    }}
    free(buf);
close_out:
    fclose(out);
close_in:
    fclose(in);
out:
    return rc;
}}

'''
# no with-statement in either version: ordinary code between them
CLASSIFY = '''struct point_{n} {{ int x, y; const char *name; }};

static int classify_{n}(int v, const struct point_{n} *p)
{{
    switch (v % 7) {{
    case 0:
        return {a};
    case 1: case 2:
        v *= 3;
        break;
    default:
        v += p->x - p->y;
        break;
    }}
    for (int i = 0; i < {b}; i++)
        v ^= (v << 1) + i;
    return v > {c} ? v : -v;
}}

'''
TABLE = '''static const char *const names_{n}[] = {{ "alpha", "beta", "gamma", "delta", NULL }};

int lookup_{n}(const char *key)
{{
    int i = 0;
    while (names_{n}[i] != NULL) {{      /* linear scan, {a} entries tops */
        if (strcmp(names_{n}[i], key) == 0)
            return i * {c};
        i++;
    }}
    return -1;
}}

'''
JOIN_W = '''char *join_{n}(const char *a, const char *b)
{{
    size_t la = strlen(a), lb = strlen(b);
    with (malloc(la + lb + {a} + 1) as tmp) {{
        memcpy(tmp, a, la);
        memcpy((char *)tmp + la, b, lb + 1);
        return strdup(tmp);             /* value first, then tmp freed */
    }}
    return NULL;
}}

'''
JOIN_P = '''char *join_{n}(const char *a, const char *b)
{{
    size_t la = strlen(a), lb = strlen(b);
    char *tmp = malloc(la + lb + {a} + 1);
    if (tmp == NULL)
        abort();
    memcpy(tmp, a, la);
    memcpy(tmp + la, b, lb + 1);
    char *r = strdup(tmp);
    free(tmp);
    return r;
}}

'''
TEMPLATES = [(COUNT_W, COUNT_P), (CLASSIFY, CLASSIFY), (BLOCKS_W, BLOCKS_P),
             (JOIN_W, JOIN_P), (TABLE, TABLE), (COPY_W, COPY_P), (JOIN_W, JOIN_P)]


def main():
    if len(sys.argv) != 4 or sys.argv[2] not in ("with", "plain"):
        sys.exit("usage: gen.py MEGABYTES with|plain OUTPUT.c")
    target = int(float(sys.argv[1]) * 1e6)
    k = 0 if sys.argv[2] == "with" else 1
    rnd = random.Random(1234)
    parts = [HEAD_WITH if k == 0 else HEAD_PLAIN]
    size = len(parts[0])
    n = 0
    while size < target:
        t = TEMPLATES[n % len(TEMPLATES)][k]
        s = t.format(n=n, a=rnd.randrange(100), b=rnd.randrange(1, 64) * 64,
                     c=rnd.randrange(2, 1000))
        parts.append(s)
        size += len(s)
        n += 1
    with open(sys.argv[3], "w", newline="\n") as out:
        out.write("".join(parts))


if __name__ == "__main__":
    main()
