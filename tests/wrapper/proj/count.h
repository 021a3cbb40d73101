int count_lines(const char *path);
int twice(int x);
/* a return hidden in a macro, used inside a with body (count.cw) */
#define RETURN_AT(n, max) if ((n) >= (max)) return (n)
