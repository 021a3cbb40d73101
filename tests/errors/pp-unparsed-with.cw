/* error: 6:1 a with-statement in an #else branch cwith does not parse, in a function with no other with-statement */
void f(int a, int b)
{
#if A
    if (a) {
#else
    if (b) {
        with (fopen("x", "r") as fp) { }
#endif
    }
}
