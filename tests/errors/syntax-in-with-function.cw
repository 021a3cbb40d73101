/* error: 7:9 a syntax error in a function that holds a with-statement; note: 5:1 */
#include "cwith.h"

int f(int a)
{
    with (malloc(1)) {
        else a++;
    }
    return a;
}
