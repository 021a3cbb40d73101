/* A directive spelled with the digraph %: between a with header and its
 * braceless body, or between defer and its statement: the output keeps it
 * where it was, as it keeps a # line (it was dropped, so X was undeclared;
 * after [[...]] support, it was glued to the '{' cwith adds).  Not tcc: it
 * does not read the %: digraph. */
#include "trace.h"

int main(void)
{
	begin("with");
	with (res(1))
%:define X 5
		sayi(X);
	end();
	begin("defer");
	{
		_Defer
%:define Y 6
			sayi(Y);
		say("body");
	}
	end();
	return 0;
}
