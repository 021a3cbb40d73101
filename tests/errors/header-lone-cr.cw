/* error: 5:10 a header read by the build step with lone CR line ends */
#include <stdlib.h>
#include "cwith.h"
/* gcc reads "#define BAIL return 1" in it: cwith must not read it as one line */
#include "headers/cr-bail.h"

int f(void)
{
    with (malloc(1) as p) {
        (void)p;
        BAIL;
    }
    return 0;
}
