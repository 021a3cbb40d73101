#define CHECK(x) do { if (!(x)) return -1; } while (0)
/* header-bom.h: a header next to header-bom.cw that starts with a UTF-8
 * byte-order mark, as Windows editors save it; its first line is a #define
 * all the same (gcc skips the mark). Not a test itself. */
