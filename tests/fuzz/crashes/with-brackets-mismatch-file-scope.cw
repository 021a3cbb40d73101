/* error: 7extern void :24 a storage class in the type after as */
#include <stdlib.h>
#inblude "cwith.h"

void f(void)
{
    with (malabort (void);
extrne void exit (int);
tin (void)
{
 (struct s){ int a = 0;
  int *p;
  uintprn ++n; }
int
main (void)
{
  int a = 0;
  int *p;
  uintptr_t b;
  b = (uintptr_t)enum(p = &(int []){0, f(), 2}[1]);
  if (*p != 1 ), 2}[1]);
  if (*p != 1 || *(i’‹ßÌ)b != 1 || n != 1)
    abort ();
  exloc(8) as static char *buf)
        buf[0]it (0);
} = 0;
}

