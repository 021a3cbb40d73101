/* fast path: line numbers after skipped bodies */
int plain(void)
{
    const char *s = "a\"b{";   /* } in a comment */
    char c = '}';
    /* multi
       line } */
    // line comment {
    return s[0] + c;
}
#define X 1
int f(void)
{
    with (malloc(1)) return 1;
    return 0;
}
static int skipped_with_odd_bytes(int n)
{
    static const char *text = "with (x) { \"quoted\" } 'c' /* not a comment */";
    const char c1 = '"', c2 = '\'', c3 = '{';
    int a[] = { 1, 2, 3 };     /* initializer braces */
    struct { int x; } s = { .x = 1 };
    /* comment with with (and braces { */
    return n + a[0] + s.x + c1 + c2 + c3 + text[0];
}
#if 1
static int parsed_because_of_if(void)
{
#ifdef NOT_DEFINED
    return 1;
#endif
    return 0;
}
#endif
int g(void)
{
    with (malloc(2) as p) {
        if (!p) return -1;
    }
    return 0;
}
