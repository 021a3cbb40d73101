void*g();defer*f(){with(g())return 0;}
