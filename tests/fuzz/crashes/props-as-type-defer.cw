void*f();void g(){with(f()as defer*p){}}
