/* defer, ported from the examples of ISO/IEC TS 25755 (drafts N3688,
 * N3853) and of the proposal it grew from: deferred statements run when
 * their block is left, in reverse order; the return value is computed
 * before they run; a braceless secondary block is its own scope; a
 * deferred statement sees the variables as they are when it runs. The
 * `_Defer` spelling is the keyword; `defer` is what <stddefer.h> makes of it.
 * cwith also runs deferred statements when an error unwinds (a longjmp), so,
 * as with setjmp, a variable changed after the defer and read later is
 * volatile (gcc's -Wclobbered, in -Wextra, asks for it). */
#include <stdio.h>
#include <stdbool.h>
#include "cwith.h"

/* the return value is computed first: 4, and r is 5 afterwards */
static int r_outside;
static int returns_before_defer(void)
{
    int r = 4;
    int *p = &r;
    defer {
        *p = 5;
        r_outside = r;
    }
    return *p;
}

/* "dog says woof woof bark!" */
static int dog(void)
{
    const char *volatile s = "this is not going to appear because it's going to be reassigned";
    defer printf(" bark!\"\n");
    defer printf("%s", s);
    defer {
        defer printf(" woof");
        printf(" says");
    }
    printf("\"dog");
    s = " woof";
    return 0;
}

/* "cat says meow": `if (true) defer ...` is its own scope, it runs at once */
static void cat(void)
{
    {
        _Defer { printf(" meow\n"); }
        if (true) defer printf("cat");
        printf(" says");
    }
}

/* every iteration's block is left: 0 1 2, then "done" */
static void loop(void)
{
    for (volatile int i = 0; i < 3; ++i) {
        defer printf(" %d", i);
    }
    printf(" done\n");
}

/* a goto back over the defer leaves its scope: the statement runs, then
 * the defer is reached again */
static void again(void)
{
    volatile int i = 0;
    {
again:;
        defer printf(" d%d", i);
        if (++i < 3) goto again;
    }
    printf(" end\n");
}

/* reverse order, and a return from an inner block runs the inner ones first */
static int order(int early)
{
    defer printf(" 1");
    defer printf(" 2");
    {
        defer printf(" 3");
        if (early) return 7;
        defer printf(" 4");
    }
    printf(" body");
    return 0;
}

int main(void)
{
    int v = returns_before_defer();
    printf("returned %d, r was %d\n", v, r_outside);
    dog();
    cat();
    loop();
    again();
    printf("order(0):");
    printf(" -> %d\n", order(0));
    printf("order(1):");
    printf(" -> %d\n", order(1));
    return 0;
}
