/* error: 30:9 a macro that reaches a return through a chain of 20 macros; note: 5:9 */
#include <stdlib.h>
#include "cwith.h"

#define M20 M19
#define M19 M18
#define M18 M17
#define M17 M16
#define M16 M15
#define M15 M14
#define M14 M13
#define M13 M12
#define M12 M11
#define M11 M10
#define M10 M9
#define M9 M8
#define M8 M7
#define M7 M6
#define M6 M5
#define M5 M4
#define M4 M3
#define M3 M2
#define M2 M1
#define M1 M0
#define M0 return 1

int f(int x)
{
    with (malloc(1) as p) {
        M20;
    }
    return x;
}
