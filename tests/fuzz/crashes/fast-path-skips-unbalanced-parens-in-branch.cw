#if A
int f(void) { g(1)); }
#else
int h(void) { with (fopen("a", "r") as fp) { } return 0; }
#endif
