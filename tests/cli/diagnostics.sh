# Diagnostics as gcc's: the column gcc reports (tabs to multiples of 8),
# colour on request or on a terminal (--color, -fdiagnostics-color,
# NO_COLOR), an error cap (-fmax-errors, default 20) and a bounded report
# on a huge line of bad input.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/diagnostics: $1"; }
bad() { echo "[FAIL] cli/diagnostics: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what" "$*"; fi; }

printf 'int f(void)\n{\n\tgoto in;\n\twith (malloc(1) as p) {\nin:\t\treturn 1;\n\t}\n}\n' >"$T/tabs.cw"
"$CWITH" "$T/tabs.cw" -o /dev/null 2>"$T/err"
check "a tab counts to the next multiple of 8, as gcc's column" \
	grep -q "tabs.cw:3:9: error: goto 'in' jumps into" "$T/err"
check "... on every line" grep -q "tabs.cw:4:9: note: the with-statement is here" "$T/err"

"$CWITH" --color=always "$T/tabs.cw" -o /dev/null 2>"$T/err"
check "--color=always: gcc's escape codes" grep -q $'\033\\[01;31m\033\\[Kerror' "$T/err"
"$CWITH" -fdiagnostics-color=always "$T/tabs.cw" -o /dev/null 2>"$T/err"
check "-fdiagnostics-color=always too" grep -q $'\033\\[' "$T/err"
"$CWITH" --color=never "$T/tabs.cw" -o /dev/null 2>"$T/err"
check "--color=never: none" test "$(grep -c $'\033' "$T/err")" = 0
"$CWITH" "$T/tabs.cw" -o /dev/null 2>"$T/err"
check "auto, not a terminal: none" test "$(grep -c $'\033' "$T/err")" = 0
if command -v script >/dev/null; then
	NO_COLOR=1 script -qec "$CWITH $T/tabs.cw -o /dev/null" /dev/null >"$T/tty" 2>&1
	check "auto on a terminal with NO_COLOR set: none" test "$(grep -c $'\033\\[01;31m' "$T/tty")" = 0
	env -u NO_COLOR script -qec "$CWITH $T/tabs.cw -o /dev/null" /dev/null >"$T/tty" 2>&1
	check "auto on a terminal: colour" grep -q $'\033\\[01;31m' "$T/tty"
fi
"$CWITH" --color=sometimes "$T/tabs.cw" -o /dev/null 2>/dev/null; st=$?
check "an unknown colour choice: exit 2" test $st = 2

# 100 bad gotos: 20 reported, then one line says so
python3 -c "
print('int f(void)\n{\n    with (malloc(1) as p) {\nin:     ;\n    }')
for i in range(100): print('    goto in;')
print('}')" >"$T/many.cw"
"$CWITH" "$T/many.cw" -o /dev/null 2>"$T/err"; st=$?
check "100 errors: exit 1" test $st = 1
check "20 reported by default" test "$(grep -c ': error:' "$T/err")" = 20
check "then 'too many errors'" grep -q "too many errors (20)" "$T/err"
"$CWITH" -fmax-errors=5 "$T/many.cw" -o /dev/null 2>"$T/err"
check "-fmax-errors=5" test "$(grep -c ': error:' "$T/err")" = 5
"$CWITH" -fmax-errors=0 "$T/many.cw" -o /dev/null 2>"$T/err"
check "-fmax-errors=0: all 100" test "$(grep -c ': error:' "$T/err")" = 100

# a 64 KB line of with-statements at file scope: a few KB of messages
python3 -c "print('with (f() as x) ' * 4000)" >"$T/long.cw"
"$CWITH" "$T/long.cw" -o /dev/null 2>"$T/err"; st=$?
check "64 KB of bad tokens on one line: exit 1" test $st = 1
check "... and under 16 KB of messages ($(wc -c <"$T/err") bytes)" test "$(wc -c <"$T/err")" -lt 16384
