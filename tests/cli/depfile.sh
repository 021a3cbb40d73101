# Build step: -MF FILE writes a make dependency file naming the output
# (or -MT's target), the input and every header cwith read for it, as
# gcc's -MF does; -MP adds a phony target per header. Written only when
# the translation succeeded. Run by tests/run.sh with $CWITH and $T.
set -u
ok() { echo "[PASS] cli/depfile: $1"; }
bad() { echo "[FAIL] cli/depfile: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { # DESCRIPTION COMMAND... : passes when the command succeeds
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else bad "$what" "$(cat "$T/check.out")" "stderr: $(head -c 2000 "$T/e" 2>/dev/null)" "depfile: $(cat "$T/dep" 2>/dev/null)"; fi
}
run() { # ARGS...: cwith in $T with a time limit; status in $st, stderr in $T/e
	(cd "$T" && timeout 20 "$CWITH" "$@" >"$T/o" 2>"$T/e"); st=$?
}

mkdir -p "$T/src" "$T/inc/sub" "$T/my dir"
printf '#define SAFE(x) ((void)(x))\n#include "sub/deep.h"\n' >"$T/inc/safe.h"
printf '#define DEEP 1\n#include "safe.h"\n' >"$T/inc/sub/deep.h"   # includes safe.h back: read once
printf '#define LOCAL 2\n' >"$T/src/local.h"
cat >"$T/src/use.cw" <<'CW'
#include <stdio.h>
#include "local.h"
#include "safe.h"
#include "missing.h"
#include "cwith.h"
int first_byte(const char *path)
{
    int c = 0;
    with (fopen(path, "r") as f) {
        c = fgetc(f);
        SAFE(c);
    }
    return c;
}
CW

run -I inc -MF dep -o out.c src/use.cw
check "-MF: translated (exit 0)" test $st = 0 -a -s "$T/out.c"
check "-MF: the file is written" test -s "$T/dep"
printf 'out.c: src/use.cw src/local.h inc/safe.h inc/sub/deep.h\n' >"$T/want"
check "-MF: output, input, then the headers in the order they were read" cmp "$T/dep" "$T/want"

run -I inc -MF dep -MT 'gen/use.c' -o out.c src/use.cw
printf 'gen/use.c: src/use.cw src/local.h inc/safe.h inc/sub/deep.h\n' >"$T/want"
check "-MT names the target" cmp "$T/dep" "$T/want"
run -I inc -MF dep -MT a.c -MT b.c -o out.c src/use.cw
check "-MT twice: both targets" grep -qx 'a.c b.c: src/use.cw src/local.h inc/safe.h inc/sub/deep.h' "$T/dep"

run -MF dep -MT '$(OBJ)/x.c' -o out.c src/use.cw
check "-MT is written as it is (as gcc's -MT)" grep -qxF '$(OBJ)/x.c: src/use.cw src/local.h' "$T/dep"
run -MF dep -MQ '$(OBJ)/x.c' -MT 'y.c' -o out.c src/use.cw
check "-MQ is quoted for make (as gcc's -MQ), -MT after it is not" grep -qxF '$$(OBJ)/x.c y.c: src/use.cw src/local.h' "$T/dep"
run -MF dep -MQq.c -MTt.c -o out.c src/use.cw
check "-MQTARGET and -MTTARGET joined" grep -qxF 'q.c t.c: src/use.cw src/local.h' "$T/dep"

run -I inc -MF dep -MP -o out.c src/use.cw
printf 'out.c: src/use.cw src/local.h inc/safe.h inc/sub/deep.h\nsrc/local.h:\ninc/safe.h:\ninc/sub/deep.h:\n' >"$T/want"
check "-MP: a phony target for each header" cmp "$T/dep" "$T/want"

run -MF dep -o out.c src/use.cw
check "without -I: only the header next to the input" grep -qx 'out.c: src/use.cw src/local.h' "$T/dep"

run -MFdep2 -o out.c src/use.cw
check "-MFFILE (joined) works too" grep -qx 'out.c: src/use.cw src/local.h' "$T/dep2"

cp "$T/src/use.cw" "$T/my dir/a\$b.cw"
run -MF dep -o 'my dir/out#1.c' 'my dir/a$b.cw'
check "spaces, \$ and # are escaped as make reads them" grep -qxF 'my\ dir/out\#1.c: my\ dir/a$$b.cw' "$T/dep"
printf 'all: my\\ dir/out\\#1.c\n' >"$T/Makefile"
cat "$T/dep" >>"$T/Makefile"
check "make reads the escaped names back" make -s -q -C "$T" -f Makefile all

# make rebuilds when a header changes
cat >"$T/Makefile" <<'MK'
out.c: src/use.cw
	$(CWITH) -I inc -MF out.d -MP -o $@ $<
-include out.d
MK
rm -f "$T/out.c" "$T/out.d"
(cd "$T" && make -s CWITH="$CWITH" >"$T/o" 2>"$T/e"); st=$?
check "make: first build" test $st = 0 -a -s "$T/out.c" -a -s "$T/out.d"
touch -d '-1 minute' "$T"/out.c "$T"/out.d "$T"/src/use.cw "$T"/src/*.h "$T"/inc/*.h "$T"/inc/sub/*.h
(cd "$T" && make -q CWITH="$CWITH"); st=$?
check "make: up to date after the first build" test $st = 0
touch "$T/inc/sub/deep.h"
(cd "$T" && make -q CWITH="$CWITH"); st=$?
check "make: a changed header (nested include) makes the output out of date" test $st = 1
rm "$T/inc/sub/deep.h"
printf '#define SAFE(x) ((void)(x))\n' >"$T/inc/safe.h"
(cd "$T" && make -s CWITH="$CWITH" >"$T/o" 2>"$T/e"); st=$?
check "make -MP: a removed header does not break the build" test $st = 0

# nothing written on an error; an old depfile is kept
printf 'old\n' >"$T/dep"
printf 'int f(void) { with (3) { } return 0; }\n' >"$T/src/bad.cw"
run -MF dep -o out.c src/bad.cw
check "a translation error: exit 1" test $st = 1
check "a translation error: the old depfile is kept" grep -qx old "$T/dep"

# stdout needs -MT; usage errors
run -MF dep src/use.cw
check "-MF to standard output without -MT: usage error (exit 2)" test $st = 2
check "-MF without -MT: says to give -MT" grep -q -- "-MT" "$T/e"
run -MF dep -MT x.c src/use.cw
check "-MF to standard output with -MT: works" grep -qx 'x.c: src/use.cw src/local.h' "$T/dep"
run -o out.c src/use.cw -MF
check "-MF without a file: usage error" test $st = 2
run -MP -o out.c src/use.cw
check "-MP without -MF: usage error" test $st = 2
run -MF no/such/dir/dep -o out.c src/use.cw
check "an unwritable depfile: exit 1" test $st = 1
check "an unwritable depfile: says so" grep -q "cannot write 'no/such/dir/dep'" "$T/e"
