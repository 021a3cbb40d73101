/* error: 9:5 goto into a with body, the label spelt with a universal character name; note: 10:5 */
#include <stdio.h>
#include "cwith.h"

int main(void)
{
    int n = 0;

    goto entrée;
    with (fopen("x", "r") as f) {
entr\u00e9e:
        n = fgetc(f);
    }
    return n;
}
