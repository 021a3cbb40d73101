/* old-check.h: an old CHECK whose text holds a with-statement; the file
 * that includes it defines CHECK again, as a macro that returns
 * (header-macro-redefined.cw). */
#define CHECK(x) with (malloc(x)) { }
