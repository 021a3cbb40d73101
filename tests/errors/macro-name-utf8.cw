/* error: 11:13 a leaving macro whose name has UTF-8 letters (gcc 10 reads them); note: 4:9 */
#include <stdlib.h>
#include "cwith.h"
#define SUIVANT_SI_É(c) if (c) continue

int compte(const int *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        with (malloc(4) as p) {
            SUIVANT_SI_É(v[i] < 0);
            k++;
        }
    }
    return k;
}
