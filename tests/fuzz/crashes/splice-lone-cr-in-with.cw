void g(void){
wi\th (f() as x) {}
}
