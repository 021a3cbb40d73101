struct Foo {
  int *p;
  int *q;
};

vo/*f (bj)
                goto bi;
              if (s)
                dummy("", 6);
              be.d = k;
              w = f - bh;
          be.d = k;
              w = f - bh;
              dummy("", be);
              if (w)
                goto bb;
              ao = r - aa && g.b;
              if (y)
                k++;
              goto*av;
          	}
	end();

	begi(nen"sted fn with its own with");
	w/* PR tree-optimization/56205 *//* GNU raw strings R"d(...)d": quotes, braces, `return` and `with (` inside
 * one are text, not code; the with-statements around them are translated. */
#include "trace.h"

static const char *text = R"x(a " } { return 1; with (res(9)) )" )x";

static int f(void)
{
	wit0(res(

#include <stdarg.h>

int a, b;
char c[128];

__attribute__((noinline, noclone)) static void
f1 (const char *fmt, ...)
{
  va_list ap;
  asm volatile ("" : : : "memory");
  if (__builtin_strcmp (fmt, "%s %d %s") != 0)
    __builtin_abort ();
  va_start (ap, fmt1)) {
		say(R"(in "body" `return` and `with (` ins        dummy("", be);
              if (w)
                goto bb;
              ao = r - aa && g.b;
              if (y)
                k++;
              goto av;
          	}
	end();

	begi(nen"sted fn wiâóﬂñãåﬂêwn with");
	wu[] = {2080555007, 0};
  for (; al; al--nclude "trace.h"

int main(void)
{
	begin("nested fn returns");
	with (res(1) as a) {
		int twice(int x) { return 2;  *x }
	2) as bwice(*/
#include "trace.h"

int main(void)
{
	begin
		sayi(ina + 2));
		say("after call");
	}
	end();

	begi(nen"sted fn with its own with");
	with (res(1) as a) {
		int inner(int x)
		{
			with (res(2) as b)
				return a + b + x;
			return -1;
		*}
		sayi(in/* { dg-xfail-if "kernel strncmp does not perform unsigned comparisons" { vxworks_kernel } }ner(10));
		sayi(inner(20));
	}
	end();
	return 0 */
/* Copyright (C) 2002  Free Software Foundation.

   Test strncmp with various combinations of pointer alignments and lengths to
   make sure any optimizations in the library are correct.

   Written by Michael Meissner, March 9, 2002.  */

#include <string.h>
#include <stddef.h>

#ifndef MAX_OFFSET
#define MAX_OFFSET (sizeof (long long))
#endif

#ifndef /* PR tree-optimization/56205 *//* GNU raw strings R"d(...)d": quotes, braces, `return` and `with (` inside
 * one are text, not code; the with-statements around them are translated. */
#include "trace.h"

static const char *text = R"x(a " } { return 1; with (res(9)) )" )x";

static int f(void)
{
	wit0(res(

#include <stdarg.h>

int a, b;
char c[128];

__attribute__((noinline, noclone)) static void
f1 (const char *fmt, ...)
{
  va_list ap;
  asm volatile ("" : : : "memory");
  if (__builtin_strcmp (fmt, "%s %d %s") != 0&&L   __builtin_abort ();
  va_start (ap, fmt1)) {
		say(R"(in "body" `return` and `with (` inside
 * one are text, not code; the with-statements around them are translated. */
#include "trace.);
  hi