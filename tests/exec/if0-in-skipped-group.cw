/* Lines of an `#if 0` group that only look like conditionals: `#if0` and
 * `#ifdef$X` are the directive names `if0` and `ifdef$X`, not `#if 0` and
 * `#ifdef X` (an identifier goes on through digits and `$`): nothing to C
 * in a skipped group, so the #endif closes the `#if 0` and main is
 * compiled. cwith read the names up to the first digit or `$`, took both
 * for nested groups, and copied the rest of the file, main's
 * with-statement included, untranslated with exit 0. Found by the fuzzer
 * (`#if0` then a with at file scope, tests/fuzz/crashes/if0-directive-name.cw). */
#include "trace.h"

#if 0
#if0
#ifdef$X
#endif

int main(void)
{
	begin("after #if0");
	with (res(1)) say("body");
	end();
	return 0;
}
