/* A break or continue inside the block of a macro whose every #define
 * cwith reads as exactly a loop head (`for (...)` or `while (...)`, in the
 * file or in a header it reads) belongs to that macro's loop: it leaves no
 * with-statement, even when a loop outside the with-statement would take
 * it otherwise. (It was refused: "cannot tell whether this 'break' leaves
 * the with-statement", although the definition is right there.) README
 * "The statement": a break/continue exits only the with-statements
 * between it and its loop. */
#include "trace.h"
#include "macro-loop-known.h"

#define for_each(i, n) for ((i) = 0; (i) < (n); (i)++)
#define forever for (;;)

static void each(void)
{
    int i, k;
    for (k = 0; k < 2; k++)
        with (res(1 + k)) {
            for_each(i, 4) {
                if (i == 1) continue;   /* for_each's loop: no exit */
                if (i == 2) break;      /* for_each's loop: no exit */
                sayi(i);
            }
            say("after");
        }
}

static void until(void)
{
    int n = 0;
    do {
        with (res(5)) {
            UNTIL(n >= 3) {             /* a header's while loop */
                n++;
                if (n == 2) break;
            }
            sayi(n);
        }
    } while (0);
}

static void loop_with_inside(void)
{
    int k = 0;
    for (;;) {
        forever with (res(7)) {         /* the break leaves res(7) and forever */
            if (++k == 2) break;
            say("again");
        }
        say("out");
        break;
    }
}

int main(void)
{
    begin("each"); each(); end();
    begin("until"); until(); end();
    begin("inside"); loop_with_inside(); end();
    return 0;
}
