/* Return temporaries take the function's declared return type. */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

#define API extern
typedef struct point { int x, y; } point;

static const char *name_of(FILE *f) { with (strdup("x") as s) return s[0] ? "x" : "?"; return 0; }
API point origin(void) { with (malloc(1)) return (point){ 0, 0 }; return (point){ 1, 1 }; }
struct point *alloc_point(void){ with (malloc(1)) return NULL; return NULL; }
int (*pick(int which))(int) { with (malloc(1)) return which ? abs : 0; return 0; }
static inline unsigned long long big(void) { with (malloc(1)) return 1ULL << 40; return 0; }
void nothing(int x) { with (malloc(1)) { if (x) return; } }
int old_style(a, b)
    int a;
    char *b;
{
    with (malloc(1)) return a + b[0];
    return 0;
}
_Atomic(int) counter(void) { with (malloc(1)) return 7; return 0; }
[[nodiscard]] double c23(void) { with (malloc(1)) return 0.5; return 0; }
#define REAL double
static REAL quarter(void) { with (malloc(1)) return 0.25; return 0; }
