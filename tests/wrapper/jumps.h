/* jumps.h: macros that hide jumps, as real headers do (tests/cli/wrapper.sh).
 * In the compiler-wrapper mode cwith sees them expanded: each jump out of
 * a with-statement runs the exits it leaves. */
#ifndef JUMPS_H
#define JUMPS_H

#define CHECK(x) do { if (!(x)) return -1; } while (0)
#define TRY(x) do { if (!(x)) goto fail; } while (0)
#define NEXT_IF(c) if (c) continue
#define STOP_IF(c) do { if (c) break; } while (0)   /* breaks the do, not the loop */
#define LEAVE_IF(c) if (c) break
#define RETURN_ZERO_IF(c) if (c) return 0

/* with-statements inside macros */
#define LOCKED(id) with (res(id))
#define HOLDING(id, name) with (res(id) as name)

#endif
