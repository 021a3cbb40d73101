/* error: 4:1 an #if branch whose function body has a stray ')' (the fast path used to skip it and parse the #else) */
#if A
int f(void) { g(1)); }
#else
int h(void) { with (fopen("a", "r") as fp) { } return 0; }
#endif
