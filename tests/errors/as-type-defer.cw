/* error: 11:18 the type after 'as' begins with 'defer' */
/* A type after 'as' that begins with the word defer, then '*': cwith
 * declares the name in the body as 'defer * const p = ...;', which reads
 * as a defer statement where defer is a keyword (this file does not use
 * it as a name). It was translated, and translating the output again gave
 * a defer. Found by fuzz-props. */
void *f(void);

void g(void)
{
    with (f() as defer *p) {
    }
}
