/* shtrace.h: the tracing manager of the shared-library test (see
 * tests/cli/shared-libs.sh).  Each library includes it: its manager is its
 * own (static inline), the output and the count of live enters are the
 * program's (stdout; shtrace_live, defined by main.c). */
#ifndef SHTRACE_H
#define SHTRACE_H
#include <stdio.h>
#include "cwith.h"

extern int shtrace_live;

static inline const char *tr(const char *name)
{
	printf(" E%s", name);
	shtrace_live++;
	return name;
}

CWITH_MANAGER_EXIT(tr, const char *, v == NULL, vp, err)
{
	if (err) printf(" X%s!%d", *vp, err->code);
	else printf(" X%s", *vp);
	shtrace_live--;
	return 0;
}

/* The libraries' API: exported also when they are compiled with
 * -fvisibility=hidden (as the runtime's own symbols are, see cwith.h). */
#define SHLIB_API __attribute__((__visibility__("default")))
/* liba.so */
SHLIB_API int a_run(void);
/* libb.so */
SHLIB_API void b_walk(void (*callback)(void));
SHLIB_API void b_inner(void);
#endif
