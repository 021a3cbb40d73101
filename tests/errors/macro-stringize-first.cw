/* error: 12:9 note: 4:9 */
#include <stdio.h>
#include "cwith.h"
#define CHECK(x) #x[0] == 'a' ? 0 : ({ return -1; 0; })
/* the body of CHECK begins with '#', the stringizing operator: it is no
 * directive (that needs '#' first on its line), and the macro's return
 * must still be seen */
int f(int a);
int f(int a)
{
    with (fopen("x", "r") as fp) {
        CHECK(a);
        return fgetc(fp);
    }
}
