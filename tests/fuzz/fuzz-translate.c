/* fuzz-translate.c: libFuzzer target that looks for crashes only.
 *
 * Each input is translated in-process through the public API
 * (translate.h) exactly as the cwith command does it (#line directive,
 * fast path on); output and diagnostics go to /dev/null, so only what
 * AddressSanitizer, UndefinedBehaviorSanitizer, LeakSanitizer and
 * libFuzzer's timeout and memory limits see counts. The property checks
 * are in fuzz-props.c. Built and run by `make fuzz`; `make check` replays
 * the saved corpus and every crash input through it (tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "translate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink && !(sink = fopen("/dev/null", "w"))) {
        perror("fuzz-translate: /dev/null");
        abort();
    }
    cwith_options opt = cwith_default_options();
    opt.diagnostics = sink;
    opt.read_headers = false;       /* the input names no file to open */
    cwith_status st = cwith_translate("fuzz.cw", (const char *)data, size, &opt, sink);
    if (st != CWITH_OK && st != CWITH_ERRORS && st != CWITH_WRITE_FAILED) abort();
    return 0;
}
