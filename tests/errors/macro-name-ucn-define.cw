/* error: 4:9 a macro name spelt with a universal character name */
#include <stdlib.h>
#include "cwith.h"
#define \u00c9CHEC_SI(c) if (c) continue

int count(const int *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        with (malloc(4) as p) {
            ÉCHEC_SI(v[i] < 0);
            k++;
        }
    }
    return k;
}
