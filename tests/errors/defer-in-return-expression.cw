/* error: 10:5 defer statement is not allowed inside an expression */
/* A defer statement's words inside a return's value (a ';' forgotten on
 * the line before): copied into the return temporary, where translating
 * the output again refused them. Found by fuzz-props (a stray byte in
 * place of the ';'), input in tests/fuzz/crashes/. */
void g(void *);
int f(void *buf)
{
    if (!buf) return -1 +
    defer g(buf);
    return 0;
}
