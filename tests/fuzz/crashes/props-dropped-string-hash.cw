void*f();void g(int c){with(f()){if(c)errdefer g("\
#define X with(f()){}");}}
