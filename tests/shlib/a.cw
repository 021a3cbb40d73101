/* liba.so: catches, in its own with-statement, an error raised in
 * libb.so, through a with-statement of libb.so and one of its own
 * callback called by libb.so. */
#include <string.h>
#include "shtrace.h"

static void a_callback(void)
{
	with (tr("A2")) {
		b_inner();                  /* raises */
		printf(" not-reached");
	}
}

int a_run(void)
{
	cwith_error e;
	with (catch_error(&e)) {
		with (tr("A1")) {
			b_walk(a_callback);
			printf(" not-reached");
		}
	}
	printf(" caught %d '%s' at %s:%d\n", e.code, e.message,
	       e.file ? strrchr(e.file, '/') ? strrchr(e.file, '/') + 1 : e.file : "?", e.line);
	return e.code;
}
