#line 1 "tests/golden/rettype.cw"
/* Return temporaries take the function's declared return type. */
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"

#define API extern
typedef struct point { int x, y; } point;

static const char *name_of(FILE *f) { { cwith_type_strdup const cwith1_s = strdup("x"); if (cwith_failed_strdup(cwith1_s)) cwith_enter_failed("tests/golden/rettype.cw", 9, "strdup"); else { cwith_frame cwith_frame1; jmp_buf cwith_jb1; cwith_enter_(&cwith_frame1, cwith_exit_any_strdup, &cwith1_s, &cwith_jb1); if (cwith_handles_strdup) { if (setjmp(cwith_jb1) != 0) goto cwith_done1; } { cwith_type_strdup const s = cwith1_s; { { const char * cwith_ret = (s[0] ? "x" : "?"); cwith_leave_(&cwith_frame1); cwith_exit_strdup(&cwith1_s, 0); return cwith_ret; } } } cwith_done1:; } } return 0; }
API point origin(void) { { cwith_type_malloc const cwith2 = malloc(1); if (cwith_failed_malloc(cwith2)) cwith_enter_failed("tests/golden/rettype.cw", 10, "malloc"); else { cwith_frame cwith_frame2; jmp_buf cwith_jb2; cwith_enter_(&cwith_frame2, cwith_exit_any_malloc, &cwith2, &cwith_jb2); if (cwith_handles_malloc) { if (setjmp(cwith_jb2) != 0) goto cwith_done2; } { { { point cwith_ret = ((point){ 0, 0 }); cwith_leave_(&cwith_frame2); cwith_exit_malloc(&cwith2, 0); return cwith_ret; } } } cwith_done2:; } } return (point){ 1, 1 }; }
struct point *alloc_point(void) { { cwith_type_malloc const cwith3 = malloc(1); if (cwith_failed_malloc(cwith3)) cwith_enter_failed("tests/golden/rettype.cw", 11, "malloc"); else { cwith_frame cwith_frame3; jmp_buf cwith_jb3; cwith_enter_(&cwith_frame3, cwith_exit_any_malloc, &cwith3, &cwith_jb3); if (cwith_handles_malloc) { if (setjmp(cwith_jb3) != 0) goto cwith_done3; } { { { struct point * cwith_ret = (NULL); cwith_leave_(&cwith_frame3); cwith_exit_malloc(&cwith3, 0); return cwith_ret; } } } cwith_done3:; } } return NULL; }
int (*pick(int which))(int) { { cwith_type_malloc const cwith4 = malloc(1); if (cwith_failed_malloc(cwith4)) cwith_enter_failed("tests/golden/rettype.cw", 12, "malloc"); else { cwith_frame cwith_frame4; jmp_buf cwith_jb4; cwith_enter_(&cwith_frame4, cwith_exit_any_malloc, &cwith4, &cwith_jb4); if (cwith_handles_malloc) { if (setjmp(cwith_jb4) != 0) goto cwith_done4; } { { { int ( * cwith_ret ) ( int ) = (which ? abs : 0); cwith_leave_(&cwith_frame4); cwith_exit_malloc(&cwith4, 0); return cwith_ret; } } } cwith_done4:; } } return 0; }
static inline unsigned long long big(void) { { cwith_type_malloc const cwith5 = malloc(1); if (cwith_failed_malloc(cwith5)) cwith_enter_failed("tests/golden/rettype.cw", 13, "malloc"); else { cwith_frame cwith_frame5; jmp_buf cwith_jb5; cwith_enter_(&cwith_frame5, cwith_exit_any_malloc, &cwith5, &cwith_jb5); if (cwith_handles_malloc) { if (setjmp(cwith_jb5) != 0) goto cwith_done5; } { { { unsigned long long cwith_ret = (1ULL << 40); cwith_leave_(&cwith_frame5); cwith_exit_malloc(&cwith5, 0); return cwith_ret; } } } cwith_done5:; } } return 0; }
void nothing(int x) { { cwith_type_malloc const cwith6 = malloc(1); if (cwith_failed_malloc(cwith6)) cwith_enter_failed("tests/golden/rettype.cw", 14, "malloc"); else { cwith_frame cwith_frame6; jmp_buf cwith_jb6; cwith_enter_(&cwith_frame6, cwith_exit_any_malloc, &cwith6, &cwith_jb6); if (cwith_handles_malloc) { if (setjmp(cwith_jb6) != 0) goto cwith_done6; } { { if (x) { cwith_leave_(&cwith_frame6); cwith_exit_malloc(&cwith6, 0); return; } } cwith_leave_(&cwith_frame6); cwith_exit_malloc(&cwith6, 0); } cwith_done6:; } } }
old_style(a, b)
    int a;
    char *b;
{
    { cwith_type_malloc const cwith7 = malloc(1); if (cwith_failed_malloc(cwith7)) cwith_enter_failed("tests/golden/rettype.cw", 19, "malloc"); else { cwith_frame cwith_frame7; jmp_buf cwith_jb7; cwith_enter_(&cwith_frame7, cwith_exit_any_malloc, &cwith7, &cwith_jb7); if (cwith_handles_malloc) { if (setjmp(cwith_jb7) != 0) goto cwith_done7; } { { { int cwith_ret = (a + b[0]); cwith_leave_(&cwith_frame7); cwith_exit_malloc(&cwith7, 0); return cwith_ret; } } } cwith_done7:; } }
    return 0;
}
