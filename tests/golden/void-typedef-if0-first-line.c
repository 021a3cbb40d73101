#line 1 "tests/golden/void-typedef-if0-first-line.cw"
#if 0
typedef void V;
#endif
typedef int V;
V g(void);
V g(void)
{ typedef V cwith_rett;
    { cwith_type_malloc const cwith1_p = malloc(4); if (cwith_failed_malloc(cwith1_p)) cwith_enter_failed("tests/golden/void-typedef-if0-first-line.cw", 8, "malloc"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; static const cwith_site cwith_site1 = { cwith_exit_any_malloc, "tests/golden/void-typedef-if0-first-line.cw", 8, "malloc", cwith_site_magic }; cwith_enter_leaf_(&cwith_frame1, &cwith_site1, &cwith1_p, &cwith_jb1); if (cwith_handles_malloc) { if (cwith_setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_malloc const p = cwith1_p; (void)p; { { cwith_rett cwith_ret = (3); cwith_leave_(&cwith_frame1); cwith_exit_malloc(&cwith1_p, 0); return cwith_ret; } } } cwith_done1:; } }
    return 0;
}
/* The #if 0 on the file's first line hides the void V: V is int, and the
 * return keeps its value in a temporary of type V. (The void-typedef scan
 * lexed from byte 0 as if after a token, so it did not see that #if 0.) */
