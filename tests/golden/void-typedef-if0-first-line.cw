#if 0
typedef void V;
#endif
typedef int V;
V g(void);
V g(void)
{
    with (malloc(4) as p) return 3;
    return 0;
}
/* The #if 0 on the file's first line hides the void V: V is int, and the
 * return keeps its value in a temporary of type V. (The void-typedef scan
 * lexed from byte 0 as if after a token, so it did not see that #if 0.) */
