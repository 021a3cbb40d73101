void f(void)
{
    x);
    int g(void) { return 1; }
    with (fopen("a", "r") as fp) { }
}
