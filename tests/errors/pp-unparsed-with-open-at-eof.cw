/* error: 6:1 a with-statement in an #else branch cwith does not parse, still open at the end of the file */
void f(int a, int b)
{
#if A
    if (a) {
#else
    if (b) {
        with (fopen("x", "r") as fp) { }
    }
}
