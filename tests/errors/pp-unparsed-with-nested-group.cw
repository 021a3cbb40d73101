/* error: 6:1 a with-statement in an #ifdef inside an #else branch cwith does not parse */
void f(int a, int b)
{
#if A
    if (a) {
#else
    if (b) {
#ifdef B
        with (fopen("x", "r") as fp) { }
#endif
#endif
    }
}
