# A UTF-8 byte-order mark (EF BB BF) at the start of a .cw file is nothing,
# as for gcc and clang: a #define on its first line is read (a jumping macro
# is refused), and the output keeps the mark first, before cwith's
# `#line 1`, where the compiler skips it again. (A header's mark:
# errors/header-bom.) Run by tests/run.sh with $CWITH and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/bom: $1"; }
bad() { echo "[FAIL] cli/bom: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { # DESCRIPTION COMMAND...: passes when the command succeeds
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else bad "$what" "$(cat "$T/check.out")" "stderr: $(head -c 2000 "$T/e")"; fi
}
bom=$(printf '\357\273\277')

# the first line's #define of a jumping macro
{ printf '%s' "$bom"; cat <<'CW'; } >"$T/define.cw"
#define CHECK(x) do { if (!(x)) return -1; } while (0)
#include <stdlib.h>
int f(int a)
{
    with (malloc(1) as p) {
        CHECK(a);
    }
    return 0;
}
CW
"$CWITH" "$T/define.cw" -o "$T/define.c" 2>"$T/e"; st=$?
check "a #define on the first line after the mark is read: exit 1" test $st = 1
check "the error names the macro" grep -q "define.cw:6:9: error: the macro 'CHECK' may leave the with-statement" "$T/e"
check "nothing written" test ! -e "$T/define.c"

# a with-statement in a file with the mark: the mark, then #line
{ printf '%s' "$bom"; cat <<'CW'; } >"$T/with.cw"
#include <stdlib.h>
#include "cwith.h"
int main(void)
{
    with (malloc(1)) {
        return 0;
    }
    return 1;
}
CW
"$CWITH" "$T/with.cw" -o "$T/with.c" 2>"$T/e"; st=$?
check "translated: exit 0, no message" test $st = 0 -a ! -s "$T/e"
printf '%s#line 1 "%s"\n' "$bom" "$T/with.cw" >"$T/head.want"
head -n 1 "$T/with.c" >"$T/head.got"
check "the output starts with the mark, then #line 1" cmp "$T/head.want" "$T/head.got"
check "the output has the mark only once" test "$(grep -c "$bom" "$T/with.c")" = 1
check "the output compiles (gcc)" gcc -std=c99 -pedantic -Wall -Wextra -Werror -I runtime -c "$T/with.c" -o "$T/with.o"
"$CWITH" --no-line "$T/with.cw" -o "$T/noline.c" 2>"$T/e"; st=$?
check "--no-line: exit 0" test $st = 0
check "--no-line: the mark stays first" test "$(head -c 3 "$T/noline.c")" = "$bom"
check "--no-line: the output compiles (gcc)" gcc -std=c99 -pedantic -Wall -Wextra -Werror -I runtime -c "$T/noline.c" -o "$T/noline.o"

# a with-free file with the mark comes out unchanged
{ printf '%s' "$bom"; printf 'int x;\n'; } >"$T/plain.cw"
"$CWITH" --no-line "$T/plain.cw" -o "$T/plain.c" 2>"$T/e"; st=$?
check "a with-free file with the mark: unchanged" cmp "$T/plain.cw" "$T/plain.c"
