/* PENDING (not under tests/: it fails today, with tcc only).
 *
 * A non-void function whose last statement is a with-statement whose body
 * returns, its manager a one-liner (it cannot handle errors, so nothing
 * goes on after the statement):
 *
 *     static int f(int k) { with (res(1)) return k; }
 *
 * gcc and clang compile the translation without a warning under -Wall
 * -Wextra -Werror (cwith_handles_res is a constant they fold, so the
 * resume label after the body is unreachable). tcc 0.9.27 with -Wall
 * -Werror refuses it: "function might return no value: 'f'". tcc turns
 * code generation back on at any label, here cwith_doneK (the resume
 * point of a handled error), and sees the end of the function reachable.
 * The hand-written code (`int v = res(1); ... res_close(v); return k;`)
 * compiles under tcc -Wall -Werror. The same holds for a defer's block
 * that ends so (tests/exec/defer-no-fallthrough-with.cc leaves tcc out)
 * and for a body that ends in a noreturn call (tcc reads no noreturn
 * attribute: tests/exec/defer-noreturn-last.cc), which may be out of reach.
 *
 * Expected: the translation compiles under tcc -Wall -Werror, e.g. with the
 * resume label placed where tcc sees it only behind the constant
 * (`if (cwith_handles_res) { cwith_doneK:; }`), if gcc and clang stay
 * quiet about that. Expected trace:
 *     f: E1 X1 7
 * Build: build/cwith -I runtime -I tests/exec pending/tcc-with-last-return.cw -o x.c
 *        tcc -Wall -Werror -I runtime -I tests/exec x.c runtime/cwith.c -lpthread
 */
#include "trace.h"

static int f(int k)
{
	with (res(1)) return k;
}

int main(void)
{
	begin("f"); sayi(f(7)); end();
	return 0;
}
