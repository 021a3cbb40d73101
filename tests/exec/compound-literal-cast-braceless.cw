/* A braceless with body, else branch, inner if body or deferred statement
 * that is a cast of a compound literal, `(void)(struct S){ 1 };`: the '{'
 * after `(void)(struct S)` is the literal's, not a (nested) function's body.
 * It was taken for one, so the statement ended at its '}' and the ';' was
 * left behind the with-statement's closing braces (output no compiler
 * accepts), and an `else` after it was lost. */
#include "trace.h"

struct S { int a; };

static int n;

static void f(int k)
{
	if (k) with (res(1)) (void)(struct S){ 1 };
	with (res(2)) n = (int)(struct S){ k }.a;
	sayi(n);
	with (res(4)) n = k ? 5 : (int)(struct S){ 6 }.a;
	with (res(5)) n = 1, (void)(struct S){ 1 };
	with (res(6)) n += -(int)(struct S){ k }.a + *(int *)(int[]){ 7 };
	sayi(n);
	with (res(k - 1)) (void)(int){ 3 }; else (void)(struct S){ 4 };
	with (res(3)) {
		if (k) (void)(struct S){ 5 }; else return;
		say("in");
	}
	{
		_Defer (void)(struct S){ 6 };
		say("scope");
	}
	say("end");
}

int main(void)
{
	begin("f(1)"); f(1); end();
	begin("f(0)"); f(0); end();
	return 0;
}
