/* C as it is really written, around and inside with-statements: comments
 * inside the header, line splices, digraphs, strings holding "with (" and
 * braces, balanced and unbalanced #if branches, a macro loop, K&R, wide
 * literals, `as` as an ordinary name in the manager's arguments. */
#include <string.h>
#include "trace.h"

#define for_each(i, n) for ((i) = 0; (i) < (n); (i)++)
#define twice(x) ((x) * 2)

static int kr(a, b)
    int a;
    int b;
{
    with (res(a) as r) return r + b;
    return -1;
}

int main(void)
{
    int i, as = 7;

    begin("comments and splices in the header");
    with ( /* first */ res(1) /* as */ as one , // the second item
           res(2) \
           as two ) {
        sayi(one + two);
    }
    end();

    begin("braces in initializers");
    with (res(3) as d) {
        int arr[2] = { d, d };
        struct { int a[2]; } s = { { 0, d } };
        sayi(arr[1] + s.a[1] - d);
    }
    end();

    begin("strings and chars that look like code");
    with (res(4)) {
        say("with (res(9)) { return; }");
        say(strlen("}") == 1 ? "}" : "?");
        sayi('{' == 123);
        say("caf\xc3\xa9");
        sayi((int)sizeof(L"w") > 1);
    }
    end();

    begin("balanced #if branches");
    with (res(5) as v) {
#if 0
        this is not C { parse it not
#elif defined(NOT_DEFINED)
        if (v) return 99;
#else
        sayi(v);
#endif
    }
    end();

    begin("unbalanced #if branches");
    with (res(6) as v) {
#ifdef NOT_DEFINED
        if (v > 100) {
#else
        if (v > 0) {
#endif
            sayi(v);
        }
    }
    end();

    begin("macro loop with break, no with in between");
    with (res(7)) {
        for_each(i, 10) {
            if (i == 2) break;
            sayi(i);
        }
    }
    end();

    begin("as in the arguments");
    with (res(twice(as) + 8) as x) sayi(x);
    end();

    begin("K&R function");
    sayi(kr(9, 1));
    end();
    return 0;
}
