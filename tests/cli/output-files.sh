# The output file is treated as cc and flex treat theirs: an existing
# output keeps its mode; a symlink's target is written, the link stays; a
# read-only output is an error; a translation error or a stop signal
# (SIGINT, SIGTERM, SIGHUP) leaves an existing output untouched and no
# temporary file behind; an output that is the input file is refused.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/output-files: $1"; }
bad() { echo "[FAIL] cli/output-files: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what" "$*"; fi; }
temps() { ls "$T" | grep -c '\.c\.......$'; }

printf 'int x;\n' >"$T/in.cw"
printf 'int f(void)\n{\n    goto in;\n    with (malloc(1) as p) {\nin:     return 1;\n    }\n}\n' >"$T/bad.cw"

echo old >"$T/mode.c"; chmod 640 "$T/mode.c"
"$CWITH" "$T/in.cw" -o "$T/mode.c"
check "an existing output keeps its mode (640)" test "$(stat -c %a "$T/mode.c")" = 640

echo old >"$T/target.c"; ln -s target.c "$T/link.c"
"$CWITH" "$T/in.cw" -o "$T/link.c"
check "a symlink stays a symlink" test -L "$T/link.c"
check "its target is written" grep -q 'int x;' "$T/target.c"

echo old >"$T/ro.c"; chmod 444 "$T/ro.c"
"$CWITH" "$T/in.cw" -o "$T/ro.c" 2>"$T/err"; st=$?
check "a read-only output: exit 1" test $st = 1
check "... with a message" grep -q "cannot write '.*ro.c': Permission denied" "$T/err"
check "... and the file untouched" test "$(cat "$T/ro.c")" = old

echo old >"$T/keep.c"
"$CWITH" "$T/bad.cw" -o "$T/keep.c" 2>/dev/null; st=$?
check "a translation error: exit 1, the old output untouched" test $st = 1 -a "$(cat "$T/keep.c")" = old
check "no temporary file left" test "$(temps)" = 0

# /dev/null is written as the code is made (nothing kept in memory)
"$CWITH" "$T/in.cw" -o /dev/null; st=$?
check "-o /dev/null: exit 0" test $st = 0
"$CWITH" "$T/bad.cw" -o /dev/null 2>/dev/null; st=$?
check "-o /dev/null, a translation error: exit 1" test $st = 1

# a stop signal while a big input is translated
python3 -c "
import sys
body = 'int f%d(void)\n{\n    with (malloc(1) as p) {\n        if (p) return 1;\n    }\n    return 0;\n}\n'
sys.stdout.write(''.join(body % i for i in range(400000)))" >"$T/big.cw"
for sig in INT TERM HUP; do
	echo old >"$T/sig.c"
	# (a background job starts with SIGINT ignored, and nohup ignores
	# SIGHUP: restore the defaults)
	env --default-signal=INT,TERM,HUP "$CWITH" "$T/big.cw" -o "$T/sig.c" 2>/dev/null &
	pid=$!
	for _ in $(seq 50); do      # until it blocks the stop signals (translating)
		grep -q '^SigBlk:.*[1-9a-f]' "/proc/$pid/status" 2>/dev/null && break
		sleep 0.05
	done
	kill -$sig $pid 2>/dev/null
	{ wait $pid; st=$?; } 2>/dev/null
	check "SIG$sig: the process is stopped by it ($st)" test $st -gt 128
	check "SIG$sig: the old output untouched, no temporary file" test "$(cat "$T/sig.c")" = old -a "$(temps)" = 0
done
# a signal the caller ignores (nohup: SIGHUP) does not stop cwith: it
# finishes, exit 0, the whole output written (it used to exit 1 silently)
env --default-signal=INT,TERM --ignore-signal=HUP "$CWITH" "$T/big.cw" -o "$T/sig.c" 2>"$T/err" &
pid=$!
for _ in $(seq 50); do
	grep -q '^SigBlk:.*[1-9a-f]' "/proc/$pid/status" 2>/dev/null && break
	sleep 0.05
done
kill -HUP $pid 2>/dev/null
{ wait $pid; st=$?; } 2>/dev/null
check "SIGHUP ignored by the caller (nohup): exit 0 ($st)" test $st = 0
check "... the whole output written" test "$(grep -c '^int f' "$T/sig.c")" = 400000

# the output is the input file itself (or a link to it): refused, exit 1,
# the source untouched (it was replaced by its translation, exit 0), as gcc
# refuses `-o x.c x.c`
printf 'int f(void)\n{\n    with (malloc(1) as p) return 1;\n    return 0;\n}\n' >"$T/self.cw"
cp "$T/self.cw" "$T/self.orig"
ln -s self.cw "$T/self-link.cw"
for out in "$T/self.cw" "$T/self-link.cw"; do
	"$CWITH" "$T/self.cw" -o "$out" 2>"$T/err"; st=$?
	check "output $(basename "$out") is the input: exit 1" test $st = 1
	check "... with a message" grep -q "is the input file" "$T/err"
	check "... and the source untouched" cmp -s "$T/self.cw" "$T/self.orig"
done
"$CWITH" "$T/self.cw" -o "$T/self.c" -MF "$T/self.cw" 2>"$T/err"; st=$?
check "-MF names the input: exit 1, the source untouched" test $st = 1 -a -n "$(cmp "$T/self.cw" "$T/self.orig" && echo same)"
