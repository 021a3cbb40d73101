#line 1 "tests/golden/fast-path.cw"
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
    { cwith_type_malloc const cwith1 = malloc(1); if (cwith_failed_malloc(cwith1)) cwith_enter_failed(__FILE__, 14, "malloc"); else { CWITH_ENTER(malloc, 1, cwith1) { { { int cwith_ret = (1); CWITH_LEAVE(1); cwith_exit_malloc(&cwith1, 0); return cwith_ret; } } CWITH_LEAVE(1); cwith_exit_malloc(&cwith1, 0); } } }
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
    { cwith_type_malloc const cwith2_p = malloc(2); if (cwith_failed_malloc(cwith2_p)) cwith_enter_failed(__FILE__, 37, "malloc"); else { CWITH_ENTER(malloc, 2, cwith2_p) { cwith_type_malloc const p = cwith2_p; {
        if (!p) { int cwith_ret = (-1); CWITH_LEAVE(2); cwith_exit_malloc(&cwith2_p, 0); return cwith_ret; }
    } CWITH_LEAVE(2); cwith_exit_malloc(&cwith2_p, 0); } } }
    return 0;
}
