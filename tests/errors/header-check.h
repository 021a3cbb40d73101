/* header-check.h: a header next to header-return.cw and header-defer.cw,
 * whose #defines the build step reads (it is not a test itself). */
#ifndef HEADER_CHECK_H
#define HEADER_CHECK_H
#define CHECK(x) do { if (!(x)) return -1; } while (0)
#endif
