/* macro-loop-known.h: a loop macro of a header the build step reads
 * (exec/macro-loop-known.cw). */
#define UNTIL(c) while (!(c))
