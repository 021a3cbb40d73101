/* ret-macro-header.h: included by ret-macro-header.cw after its own
 * #define of count_t, which it replaces (not a test itself). */
#undef count_t
#define count_t long long
