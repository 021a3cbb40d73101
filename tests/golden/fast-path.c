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
{ typedef int cwith_rett;
    { cwith_type_malloc const cwith1 = malloc(1); if (cwith_failed_malloc(cwith1)) cwith_enter_failed("tests/golden/fast-path.cw", 14, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/fast-path.cw", 14, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { { { cwith_rett cwith_ret = (1); cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1, 0); return cwith_ret; } } } cwith_done1:; } }
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
{ typedef int cwith_rett;
    { cwith_type_malloc const cwith2_p = malloc(2); if (cwith_failed_malloc(cwith2_p)) cwith_enter_failed("tests/golden/fast-path.cw", 37, "malloc"); else { cwith_frame cwith_frame2; jmp_buf cwith_jb2; static const cwith_site cwith_site2 = { cwith_exit_any_malloc, "tests/golden/fast-path.cw", 37, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame2, &cwith_site2, &cwith2_p, &cwith_jb2); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb2) != 0) goto cwith_done2; } { cwith_type_malloc const p = cwith2_p; (void)p; {
        if (!p) { cwith_rett cwith_ret = (-1); cwith_leave_(&cwith_frame2); cwith_exit_malloc(&cwith2_p, 0); return cwith_ret; }
    } cwith_leave_(&cwith_frame2); cwith_exit_malloc(&cwith2_p, 0); } cwith_done2:; } }
    return 0;
}
