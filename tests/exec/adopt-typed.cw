/* cwith_adopt(M, value): a value already held, managed by M's failure
 * test and exit (README "Adopting a value you hold"); `as TYPE NAME`: the
 * name declared with the type written (README "The statement"). Adopted
 * values enter nothing (no E), exit once (X); a failed one goes to the
 * else; a taken one is not exited; typed names work with pointers to
 * char, to a struct, to const, and with cwith_take. */
#include <stdlib.h>
#include <string.h>
#include "trace.h"

struct node { int v; struct node *next; };

int main(void)
{
	begin("adopt");
	int v = res(1);
	with (cwith_adopt(res, v) as r) sayi(r);
	end();

	begin("adopt failed");
	with (cwith_adopt(res, -1)) say("body");
	else say("else");
	end();

	begin("adopt take");
	int w = res(2);
	with (cwith_adopt(res, w) as r) v = cwith_take(r);
	sayi(v); res_close(v); end();

	begin("typed");
	with (malloc(6) as char *buf) {
		strcpy(buf, "typed");
		say(buf);
	}
	end();

	begin("typed take");
	char *s = NULL;
	with (malloc(4) as char *b) {
		strcpy(b, "abc");
		s = cwith_take(b);
	}
	say(s); free(s); end();

	begin("typed struct");
	with (calloc(1, sizeof(struct node)) as struct node *n, res(3) as int id) {
		n->v = 7;
		sayi(n->v + id);
	}
	end();

	begin("typed const");
	with (strdup("x") as const char *c) say(c);
	end();
	return 0;
}
