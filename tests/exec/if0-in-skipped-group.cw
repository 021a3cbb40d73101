/* Lines of an `#if 0` group that only look like conditionals: `#if0`,
 * `#ifdef$X` and `#elif0` are the directive names `if0`, `ifdef$X` and
 * `elif0`, not `#if 0`, `#ifdef X` and `#elif 0` (an identifier goes on
 * through digits and `$`): nothing to C in a skipped group, so the with
 * after `#elif0` is not compiled, the #endif closes the `#if 0` and main is
 * compiled. cwith read the names up to the first digit or `$`, took
 * `#if0` and `#ifdef$X` for nested groups, and copied the rest of the
 * file, main's with-statement included, untranslated with exit 0 (and
 * `#elif0`, read whole, was still an #elif: its with refused). Found by the fuzzer
 * (`#if0` then a with at file scope, tests/fuzz/crashes/if0-directive-name.cw). */
#include "trace.h"

#if 0
#if0
#ifdef$X
#elif0
with (res(9)) {}
#endif

int main(void)
{
	begin("after #if0");
	with (res(1)) say("body");
	end();
	return 0;
}
