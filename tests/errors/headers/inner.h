/* inner.h: included by outer.h (header-nested-goto.cw). */
#ifndef INNER_H
#define INNER_H
#include "outer.h"              /* a cycle: read once */
#define TRY(x) if ((x) < 0) goto fail
#endif
