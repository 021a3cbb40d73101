void f(void){ FOO(with (g()) x;); }
