/* error: 5:20 a defer statement that begins with '*' inside a #define */
/* `defer *p = 0;` is a defer statement (the filter reads it so in a body):
 * in a #define the build step would copy it untranslated. The check of
 * the file's own macros shares defer_in_macro with the headers' one. */
#define CLEAR(p)   defer *(p) = 0

int f(int *q)
{
    {
        CLEAR(q);
        return *q;
    }
}
