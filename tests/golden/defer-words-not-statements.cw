/* The words _Defer, defer and errdefer where no defer statement is: a
 * label and its goto, a variable, a struct tag. Copied as they are (the
 * check for a defer statement in an expression, 6ed9c43, must not take
 * them for one). */
struct defer { int n; };
struct defer d;

int f(int c)
{
    int errdefer = c;
    struct defer x = { errdefer };
    if (c) goto _Defer;
    x.n = errdefer * 2 + x.n;
_Defer:
    return x.n;
}
