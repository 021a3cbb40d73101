/* error: 7:5 macro may leave a defer's scope; note: 3:9 */
#include <stdio.h>
#define CHECK(x) do { if (!(x)) return -1; } while (0)
int f(FILE *fp)
{
    defer fclose(fp);
    CHECK(fgetc(fp) != EOF);
    return 0;
}
