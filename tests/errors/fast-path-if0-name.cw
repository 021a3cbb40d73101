/* error: 17:1 the fast path reads '#if0' as the scanner does; note: 6:1 */
/* `#if0` is no #if (the name is `if0`): the fast path's skip of f's body
 * counted it as one, closed by the #endif, and went on in `#if 1`, while
 * the full parse closes `#if 1` there: g translated with exit 0 only on
 * the fast path. */
#if 1
int f(void) {
#if0
#endif
}
int g(void) {
#else
int g(void) { int x;
#endif
  with (r(1)) {}
}
