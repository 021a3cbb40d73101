/* outer.h: includes inner.h, which lies next to it (in headers/), not next
 * to the .cw file: a nested quoted include is searched in the directory of
 * the header that includes it. */
#ifndef OUTER_H
#define OUTER_H
#include "inner.h"
#include "outer.h"              /* a cycle, cut by the include guard */
#include "not-generated-yet.h"  /* not found: skipped */
#include <inner.h>              /* <...>: never read */
#define STEP(x) TRY(x)
#endif
