/*
 * trace.h: the tracing manager shared by the execution tests.
 *
 * Every test prints one line per step:  "<step>: E1 E2 body X2 X1"
 *   res(id)     the enter: prints " E<id>" and returns id; for a negative id it
 *               prints " F<id>" and returns -1, which the manager treats as a
 *               failed enter (test `v < 0`).
 *   res_close   the release: prints " X<id>".
 *   begin/say/sayi/end   the rest of the line.  end() also prints " live=N"
 *               when N enters have no exit yet, so a missing (or extra) exit
 *               shows on the line where it happened.
 *
 * No with-statement may appear in this header: the translator only reads the
 * .cw file, it does not follow #include.
 */
#ifndef TRACE_H
#define TRACE_H

#include <stdio.h>
#include "cwith.h"

static int trace_live; /* successful enters minus exits */

static inline int res(int id)
{
	if (id < 0) {
		printf(" F%d", id);
		return -1;
	}
	printf(" E%d", id);
	trace_live++;
	return id;
}

static inline void res_close(int id)
{
	printf(" X%d", id);
	trace_live--;
}

CWITH_MANAGER(res, int, v < 0, res_close);

/* Managers that see errors (the full form), for the error-unwinding tests:
 *   guard(id)    prints " E<id>"; its exit prints " X<id>", or " X<id>!<code>"
 *                when it sees an error; it never handles one.
 *   handler(id)  the same, but its exit handles any error it sees.
 */
static inline int guard(int id) { printf(" E%d", id); trace_live++; return id; }
static inline int handler(int id) { printf(" E%d", id); trace_live++; return id; }

static inline void trace_exit(int id, const cwith_error *err)
{
	if (err) printf(" X%d!%d", id, err->code);
	else printf(" X%d", id);
	trace_live--;
}

CWITH_MANAGER_EXIT(guard, int, v < 0, vp, err)
{
	trace_exit(*vp, err);
	return 0;
}

CWITH_MANAGER_EXIT(handler, int, v < 0, vp, err)
{
	trace_exit(*vp, err);
	return err != 0;
}

static inline void begin(const char *step) { printf("%s:", step); }
static inline void say(const char *what) { printf(" %s", what); }
static inline void sayi(int n) { printf(" %d", n); }

static inline void end(void)
{
	if (trace_live != 0)
		printf(" live=%d", trace_live);
	printf("\n");
}

#endif
