/* steal.h: cwith_take inside a macro (header-take-in-macro.cw), which only
 * the compiler-wrapper mode rewrites. */
#define STEAL(x) (cwith_take(x))
