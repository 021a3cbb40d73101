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
