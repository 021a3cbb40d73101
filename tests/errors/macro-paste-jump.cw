/* error: 17:16 ; note: 9:9 */
#include <stdlib.h>
#include "cwith.h"
/* A macro that pastes (##) its arguments can make a jump keyword that no
 * macro's text holds: CAT(ret, urn) is return for the compiler. cwith does
 * not expand macros, so a use whose arguments are pieces of return, goto,
 * break or continue (or a macro's name) is refused; one whose arguments
 * make no jump (CAT(n_, items)) and a GNU `, ## __VA_ARGS__` are fine. */
#define CAT(a, b) a ## b
#define LOG(fmt, ...) fprintf(stderr, fmt, ## __VA_ARGS__)
#define FIELD(n) field_ ## n

int f(int v, int field_a)
{
    with (malloc(1) as p) {
        int CAT(n_, items) = FIELD(a);
        if (v) CAT(ret, urn) n_items;
    }
    return 0;
}
