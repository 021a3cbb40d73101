/* error: 10:5 a stray quote before the header is no part of the return type; note: 8:1 */
/* Found by the fuzzer: the unclosed quote of line 6 (a token to its line's
 * end) was taken into the return type, and the temporary's declaration
 * `" int volatile cwith1_ret; ...` hid the generated code after it in a
 * string, with exit 0. */
"
int r(void)
{
    defer puts("x");
    return 1;
}
