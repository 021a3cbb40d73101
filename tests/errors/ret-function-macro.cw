/* error: 7:22 header written by a function-like macro; note: 6:22 */
#include <stdlib.h>
#define DEFINE_GETTER(n) double get_##n(void)

/* was translated with an int temporary: 0.5 came back as 0 */
DEFINE_GETTER(ratio) {
    with (malloc(1)) return 0.5;
    return 0;
}
