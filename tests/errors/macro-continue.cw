/* error: 11:13 a macro whose continue is not enclosed by a loop of its own; note: 4:9 */
#include <stdlib.h>
#include "cwith.h"
#define NEXT_IF(c) if (c) continue

int count(const int *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        with (malloc(4) as p) {
            NEXT_IF(v[i] < 0);
            k++;
        }
    }
    return k;
}
