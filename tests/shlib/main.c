/* The program: no with-statement of its own; it runs liba.so twice (the
 * second time after the first error was handled: the chain is empty again). */
#include <stdio.h>
#include "shtrace.h"

int shtrace_live;

int main(void)
{
	int i;
	for (i = 1; i <= 2; i++) {
		printf("run %d:", i);
		if (a_run() != 7) return 1;
		printf("live=%d\n", shtrace_live);
	}
	return 0;
}
