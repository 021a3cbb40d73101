void*f();void g(int c){with(f()){if(c)errdefer g(1/*
#define X with(f()){} */);}}
