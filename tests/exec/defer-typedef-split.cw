/* `defer` and `errdefer` used as names where the next token is on the
 * next line, after a comment or an attribute: the file uses the words as
 * names, so they are no keywords in it and the statements below are
 * declarations, passed through as written. (Before: they were read as
 * defer statements, exit 0, and the compilers refused the output.) */
#include "trace.h"

typedef int defer
	;
typedef int errdefer /* a type */ ;

int main(void)
{
	begin("typedef names");
	{
		defer x = 3;
		errdefer y = 4;
		sayi(x + y);
	}
	end();
	return 0;
}
