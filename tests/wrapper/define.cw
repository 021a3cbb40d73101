/* A with-statement, a defer and cwith_take written inside #defines of the
 * file itself: the build step refuses them (it does not expand macros, so
 * they would stay untranslated); the compiler wrapper translates them where
 * they are used. */
#include "trace.h"

#define SCOPED(id) with (res(id))
#define TWICE(a, b) SCOPED(a) SCOPED(b)
#define LATER(s) defer say(s)
#define STEAL(x) cwith_take(x)

static int f(int fail)
{
    LATER("later");
    TWICE(1, 2) {
        if (fail) return -1;
        say("body");
    }
    return 0;
}

static int g(void)
{
    with (res(3) as r, res(4)) {
        return STEAL(r);
    }
    return 0;
}

int main(void)
{
    begin("through"); sayi(f(0)); end();
    begin("return"); sayi(f(1)); end();
    begin("take"); sayi(g()); end();
    return 0;
}
