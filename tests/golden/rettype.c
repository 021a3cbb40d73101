#line 1 "tests/golden/rettype.cw"
/* Return temporaries take the function's declared return type. */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

#define API extern
typedef struct point { int x, y; } point;

static const char *name_of(FILE *f) { { cwith_type_strdup const cwith1_s = strdup("x"); if (cwith_failed_strdup(cwith1_s)) cwith_enter_failed(__FILE__, 9, "strdup"); else { CWITH_ENTER(strdup, 1, cwith1_s) { cwith_type_strdup const s = cwith1_s; { { const char * cwith_ret = (s[0] ? "x" : "?"); CWITH_LEAVE(1); cwith_exit_strdup(&cwith1_s, 0); return cwith_ret; } } CWITH_LEAVE(1); cwith_exit_strdup(&cwith1_s, 0); } } } return 0; }
API point origin(void) { { cwith_type_malloc const cwith2 = malloc(1); if (cwith_failed_malloc(cwith2)) cwith_enter_failed(__FILE__, 10, "malloc"); else { CWITH_ENTER(malloc, 2, cwith2) { { { point cwith_ret = ((point){ 0, 0 }); CWITH_LEAVE(2); cwith_exit_malloc(&cwith2, 0); return cwith_ret; } } CWITH_LEAVE(2); cwith_exit_malloc(&cwith2, 0); } } } return (point){ 1, 1 }; }
struct point *alloc_point(void) { { cwith_type_malloc const cwith3 = malloc(1); if (cwith_failed_malloc(cwith3)) cwith_enter_failed(__FILE__, 11, "malloc"); else { CWITH_ENTER(malloc, 3, cwith3) { { { struct point * cwith_ret = (NULL); CWITH_LEAVE(3); cwith_exit_malloc(&cwith3, 0); return cwith_ret; } } CWITH_LEAVE(3); cwith_exit_malloc(&cwith3, 0); } } } return NULL; }
int (*pick(int which))(int) { { cwith_type_malloc const cwith4 = malloc(1); if (cwith_failed_malloc(cwith4)) cwith_enter_failed(__FILE__, 12, "malloc"); else { CWITH_ENTER(malloc, 4, cwith4) { { { int ( * cwith_ret ) ( int ) = (which ? abs : 0); CWITH_LEAVE(4); cwith_exit_malloc(&cwith4, 0); return cwith_ret; } } CWITH_LEAVE(4); cwith_exit_malloc(&cwith4, 0); } } } return 0; }
static inline unsigned long long big(void) { { cwith_type_malloc const cwith5 = malloc(1); if (cwith_failed_malloc(cwith5)) cwith_enter_failed(__FILE__, 13, "malloc"); else { CWITH_ENTER(malloc, 5, cwith5) { { { unsigned long long cwith_ret = (1ULL << 40); CWITH_LEAVE(5); cwith_exit_malloc(&cwith5, 0); return cwith_ret; } } CWITH_LEAVE(5); cwith_exit_malloc(&cwith5, 0); } } } return 0; }
void nothing(int x) { { cwith_type_malloc const cwith6 = malloc(1); if (cwith_failed_malloc(cwith6)) cwith_enter_failed(__FILE__, 14, "malloc"); else { CWITH_ENTER(malloc, 6, cwith6) { { if (x) { CWITH_LEAVE(6); cwith_exit_malloc(&cwith6, 0); return; } } CWITH_LEAVE(6); cwith_exit_malloc(&cwith6, 0); } } } }
old_style(a, b)
    int a;
    char *b;
{
    { cwith_type_malloc const cwith7 = malloc(1); if (cwith_failed_malloc(cwith7)) cwith_enter_failed(__FILE__, 19, "malloc"); else { CWITH_ENTER(malloc, 7, cwith7) { { { int cwith_ret = (a + b[0]); CWITH_LEAVE(7); cwith_exit_malloc(&cwith7, 0); return cwith_ret; } } CWITH_LEAVE(7); cwith_exit_malloc(&cwith7, 0); } } }
    return 0;
}
