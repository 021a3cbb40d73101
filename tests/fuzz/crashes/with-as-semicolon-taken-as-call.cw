void f(void)
{
    with ((g()) as x);
}
