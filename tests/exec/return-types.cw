/* Return temporaries get the function's real return type (issue: a
 * guessed int truncated 0.5 to 0), through the macros #defined in the
 * file: an object-like macro is read as its text. */
#include "trace.h"

typedef double real;
typedef long jint;
typedef double lua_Number;
#define NOINLINE __attribute__((noinline))
#define JNIEXPORT __attribute__((visibility("default")))
#define JNICALL
#define REAL double
#define API static

static real NOINLINE half(void)
{
	with (res(1)) return 0.5;
	return 0;
}

JNIEXPORT jint JNICALL big(void);
JNIEXPORT jint JNICALL big(void)
{
	with (res(2)) return 1L << 40;
	return 0;
}

static lua_Number (third)(lua_Number x)
{
	with (res(3)) return x / 3;
	return 0;
}

API REAL quarter(void)
{
	with (res(4)) return 0.25;
	return 0;
}

int main(void)
{
	begin("typedef then a macro");
	say(half() == 0.5 ? "0.5" : "wrong");
	end();
	begin("JNI style");
	say(big() == 1L << 40 ? "2^40" : "wrong");
	end();
	begin("parenthesised name");
	say(third(1.5) == 0.5 ? "0.5" : "wrong");
	end();
	begin("macro for the type");
	say(quarter() == 0.25 ? "0.25" : "wrong");
	end();
	return 0;
}
