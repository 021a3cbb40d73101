/* Jumps hidden in macros of a header (jumps.h) leave with-statements:
 * return (CHECK, RETURN_ZERO_IF), goto (TRY), continue (NEXT_IF), break
 * (LEAVE_IF; STOP_IF's break only leaves its own do-while), and
 * with-statements written inside macros (LOCKED, HOLDING). Every enter
 * gets exactly one exit, innermost first, before the jump lands
 * (semantics.md: scenarios return, goto out, break/continue). */
#include "trace.h"
#include "jumps.h"

static int check(int ok)
{
    with (res(1)) {
        CHECK(ok);
        say("body");
    }
    return 0;
}

static int try(int ok)
{
    with (res(2), res(3)) {
        TRY(ok);
        say("body");
    }
    return 0;
fail:
    say("fail");
    return -1;
}

static void loop(void)
{
    for (int i = 0; i < 5; i++) {
        with (res(10 + i)) {
            NEXT_IF(i == 1);
            STOP_IF(i == 2);
            LEAVE_IF(i == 3);
            sayi(i);
        }
    }
}

static int bare(int c)
{
    with (res(4)) {
        RETURN_ZERO_IF(c);
        say("body");
    }
    return 1;
}

static int locked(int ok)
{
    LOCKED(5) {
        LOCKED(6) CHECK(ok);
        say("in");
    }
    return 0;
}

static int holding(void)
{
    HOLDING(7, h) {
        sayi(h);
        return 0;
    }
    return 1;
}

int main(void)
{
    begin("check ok"); sayi(check(1)); end();
    begin("check fails"); sayi(check(0)); end();
    begin("try ok"); sayi(try(1)); end();
    begin("try fails"); sayi(try(0)); end();
    begin("continue, break"); loop(); end();
    begin("bare if"); sayi(bare(1)); sayi(bare(0)); end();
    begin("with in a macro"); sayi(locked(1)); sayi(locked(0)); end();
    begin("with as in a macro"); sayi(holding()); end();
    printf("%s:%d\n", __FILE__, __LINE__);
    return 0;
}
