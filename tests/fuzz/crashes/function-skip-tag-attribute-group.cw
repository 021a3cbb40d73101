struct alignas(8) { int a; } v;
int g(a) int a; { with (m()) { return a; } return 0; }
