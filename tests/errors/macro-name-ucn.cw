/* error: 11:13 a leaving macro used with its name spelt as a universal character name; note: 4:9 */
#include <stdlib.h>
#include "cwith.h"
#define ÉCHEC_SI(c) if (c) continue

int count(const int *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        with (malloc(4) as p) {
            \u00c9CHEC_SI(v[i] < 0);
            k++;
        }
    }
    return k;
}
