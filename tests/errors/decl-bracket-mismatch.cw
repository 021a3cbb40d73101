/* error: 6:26 a declaration whose brackets do not match */
/* The compiler and the full parse refuse it, so the fast path must not
 * skip it as a declaration (it did: exit 0). */
#include <stdio.h>

int table[3] = { 1, 2, (3] };

int main(void)
{
    with (fopen("/dev/null", "r") as f)
        return 0;
}
