/* error: 12:9 the return type begins with 'defer'; note: 10:1 */
/* A return type that begins with the word defer, where defer is a keyword
 * (this file does not use it as a name): the return temporary's
 * declaration, 'defer * cwith_ret = ...;', would read as a defer
 * statement. It was translated, and translating the output again gave a
 * defer. Found by fuzz-props. */
void *get(void); CWITH_MANAGER(get, void *, v == 0, free);

defer *f(void)
{
    with (get()) {
        return 0;
    }
    return 0;
}
