/* A with-statement written inside a #define of the file itself: the build
 * step refuses it (it does not expand macros, so it would stay
 * untranslated); the compiler wrapper translates it where it is used. */
#include "trace.h"

#define SCOPED(id) with (res(id))
#define TWICE(a, b) SCOPED(a) SCOPED(b)

static int f(int fail)
{
    TWICE(1, 2) {
        if (fail) return -1;
        say("body");
    }
    return 0;
}

int main(void)
{
    begin("through"); sayi(f(0)); end();
    begin("return"); sayi(f(1)); end();
    return 0;
}
