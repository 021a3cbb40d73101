int f(void) {
#if A
(
#else
)
#endif
;}
void g(void) { with (m()) { h(); } }
