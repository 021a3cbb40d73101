/* error: 42:28 a line marker in a skipped body renumbers the lines */
/* The fast path must leave a body with `# N` (a line marker) to the
 * scanner, which records it; reading directive names whole, it took `40`
 * for a name and skipped the body: this error was reported at line 10. */
int f(void)
{
# 40
    return 0;
}
int g(void) { with (r(1) as) {} }
