#if 0 /**/ + 1
void f(void){ with (g() as x) {} }
#endif
