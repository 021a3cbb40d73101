# The cwith command as a build tool: options, streams, exit status, files.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/command: $1"; }
bad() { echo "[FAIL] cli/command: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { # DESCRIPTION COMMAND... : passes when the command succeeds
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else bad "$what" "$(cat "$T/check.out")"; fi
}

printf '#include <stdio.h>\nint main(void) { puts("x"); return 0; }\n' >"$T/plain.cw"
printf 'int f(void)\n{\n    with (malloc(1) as p) {\n        return 1;\n    }\n    return 0;\n}\n' >"$T/one.cw"
printf 'int f(void)\n{\n    goto in;\n    with (malloc(1) as p) {\nin:     return 1;\n    }\n}\n' >"$T/bad.cw"

"$CWITH" --help >"$T/help" 2>&1; st=$?
check "--help exits 0 and shows usage" test $st = 0 -a -n "$(grep -c '^Usage: cwith' "$T/help")"
"$CWITH" --version >"$T/ver" 2>&1; st=$?
check "--version exits 0" grep -q "^cwith [0-9]" "$T/ver"
"$CWITH" --bogus >"$T/o" 2>"$T/e"; st=$?
check "unknown option: exit 2" test $st = 2
check "unknown option: message" grep -q "unknown option '--bogus'" "$T/e"
"$CWITH" a.cw b.cw >"$T/o" 2>"$T/e"; st=$?
check "two inputs: exit 2" test $st = 2
"$CWITH" "$T/missing.cw" >"$T/o" 2>"$T/e"; st=$?
check "missing input: exit 1" test $st = 1
check "missing input: message" grep -q "cannot read '.*missing.cw': No such file" "$T/e"
"$CWITH" -o >"$T/o" 2>"$T/e"; st=$?
check "-o without a file: exit 2" test $st = 2

# stdin/stdout, -o, --no-line
"$CWITH" --no-line <"$T/plain.cw" >"$T/o1"; st=$?
check "stdin to stdout, --no-line: unchanged" cmp "$T/plain.cw" "$T/o1"
"$CWITH" --no-line - <"$T/plain.cw" >"$T/o2"
check "'-' is stdin" cmp "$T/plain.cw" "$T/o2"
"$CWITH" "$T/plain.cw" -o "$T/plain.c"; st=$?
check "-o FILE: exit 0" test $st = 0
check "#line names the input first" test "$(head -1 "$T/plain.c")" = "#line 1 \"$T/plain.cw\""
check "then the input unchanged" cmp <(tail -n +2 "$T/plain.c") "$T/plain.cw"
"$CWITH" -o"$T/p2.c" "$T/plain.cw" && "$CWITH" --output="$T/p3.c" "$T/plain.cw"
check "-oFILE and --output=FILE" cmp "$T/p2.c" "$T/p3.c"
"$CWITH" --no-line <"$T/one.cw" >"$T/one.c"
check "line count is kept" test "$(wc -l <"$T/one.c")" = "$(wc -l <"$T/one.cw")"

# errors: status 1, nothing written, an old output file left alone
echo "old" >"$T/out.c"
"$CWITH" "$T/bad.cw" -o "$T/out.c" 2>"$T/e"; st=$?
check "translation error: exit 1" test $st = 1
check "translation error: file:line:col: error:" grep -q "bad.cw:3:5: error: goto 'in' jumps into" "$T/e"
check "translation error: old output untouched" test "$(cat "$T/out.c")" = old
"$CWITH" "$T/bad.cw" -o "$T/new.c" 2>/dev/null
check "translation error: no output file created" test ! -e "$T/new.c"
check "no temporary files left behind" test -z "$(ls "$T" | grep -E '\.c\.[A-Za-z0-9]{6}$')"
"$CWITH" "$T/bad.cw" >"$T/o" 2>/dev/null
check "translation error: nothing on stdout" test ! -s "$T/o"
if [ -c /dev/full ]; then
	"$CWITH" "$T/one.cw" >/dev/full 2>"$T/e"; st=$?
	check "full disk on stdout: exit 1" test $st = 1
	check "full disk: message" grep -q "cannot write.*No space left" "$T/e"
	"$CWITH" "$T/one.cw" -o /dev/full 2>"$T/e"; st=$?
	check "-o a device: written directly, exit 1 when full" test $st = 1 -a -c /dev/full
fi

# compiler diagnostics point at the .cw file and line
printf '#include "cwith.h"\nint f(void)\n{\n    with (malloc(1) as p) {\n        return undeclared_name;\n    }\n    return 0;\n}\n' >"$T/diag.cw"
"$CWITH" "$T/diag.cw" -o "$T/diag.c"
gcc -std=c99 -Iruntime -c "$T/diag.c" -o "$T/diag.o" 2>"$T/e"
check "gcc errors point at the .cw line" grep -q "diag.cw:5:.*undeclared_name" "$T/e"

# dangling else: a warning, and the else goes to the nearest if/with
printf '#include "cwith.h"\nint f(int c)\n{\n    if (c)\n        with (malloc(1)) c++;\n    else\n        c--;\n    return c;\n}\n' >"$T/dangle.cw"
"$CWITH" "$T/dangle.cw" -o "$T/dangle.c" 2>"$T/e"; st=$?
check "dangling else: still translated" test $st = 0
check "dangling else: warning at the else" grep -q "dangle.cw:6:5: warning: suggest explicit braces" "$T/e"

# The fast path (function bodies without `with` skipped by a byte loop)
# must give exactly what parsing every function gives.
same=1
for f in tests/exec/*.cw tests/golden/*.cw; do
	"$CWITH" "$f" -o "$T/fast.c" 2>/dev/null
	CWITH_NO_FAST_PATH=1 "$CWITH" "$f" -o "$T/slow.c" 2>/dev/null
	cmp -s "$T/fast.c" "$T/slow.c" || { same=0; echo "    differs: $f"; }
done
check "fast path output = full parse output" test $same = 1
