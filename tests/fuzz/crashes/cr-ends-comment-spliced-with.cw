void g(void){
// cwi\
th (f() as x) {}
}
