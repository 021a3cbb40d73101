/* error: 6:28 a directive with a long name is no line marker */
/* A directive name of 16 letters or more was stored as no name at all,
 * which is `# N`, a line marker: the error below was reported at line
 * 899. */
#a_long_directive_name 899
int f(void) { with (x(1) as) {} }
