# Limits: deep nesting is translated up to the stated limit (an else-if
# chain of 8000 links, in time linear in its length) and refused beyond it
# with a clear error, never a crash; the output of the deep chain compiles
# and runs right.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/limits: $1"; }
bad() { echo "[FAIL] cli/limits: $1"; sed 's/^/    /' "$T/log" | cut -c1-200 | head -10; }

chain() { # N FILE: an else-if chain of N links inside a with-statement
	python3 - "$1" >"$2" <<'PY'
import sys
n = int(sys.argv[1])
print('#include <stdio.h>\n#include <stdlib.h>\n#include "cwith.h"\nstatic int f(int x)\n{\n    with (malloc(1) as p) {\n        if (x == 0) return 0;')
for i in range(1, n):
    print('        else if (x == %d) return %d;' % (i, i * 2))
print('    }\n    return -1;\n}\nint main(void) { printf("%d %d\\n", f(7), f(' + str(n - 1) + ')); return 0; }')
PY
}

chain 8000 "$T/deep.cw"
if "$CWITH" "$T/deep.cw" -o "$T/deep.c" 2>"$T/log" &&
   gcc -std=c99 -Iruntime "$T/deep.c" runtime/cwith.c -o "$T/deep" 2>>"$T/log" &&
   [ "$("$T/deep")" = "14 15998" ]; then
	ok "else-if chain of 8000 links in a with-statement: translated, runs right"
else
	bad "else-if chain of 8000 links"
fi

chain 12000 "$T/deeper.cw"
"$CWITH" "$T/deeper.cw" -o "$T/deeper.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && grep -q "error: statements or parentheses nested too deeply for cwith" "$T/log" &&
   [ ! -e "$T/deeper.c" ]; then
	ok "else-if chain of 12000 links: a clear error, exit 1, no output"
else
	echo "exit status $st" >>"$T/log"; bad "else-if chain of 12000 links"
fi

python3 -c "
n = 40000
print('int g(int x)\n{\n    with (malloc(1) as p) {\n        return ' + '(' * n + 'x' + ')' * n + ';\n    }\n    return 0;\n}')" >"$T/parens.cw"
"$CWITH" "$T/parens.cw" -o "$T/parens.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && grep -q "nested too deeply" "$T/log"; then
	ok "40000 nested parentheses: a clear error, exit 1"
else
	echo "exit status $st" >>"$T/log"; bad "40000 nested parentheses"
fi

# at file scope, before a function with a with-statement (fuzz finding: the
# with-statement was copied untranslated with exit status 0)
python3 -c "
n = 40000
print('int table[1] = ' + '{' * n + '0' + '}' * n + ';')
print('int g(void)\n{\n    with (malloc(1) as p) {\n        return 1;\n    }\n    return 0;\n}')" >"$T/init.cw"
"$CWITH" "$T/init.cw" -o "$T/init.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && grep -q "error: statements or parentheses nested too deeply" "$T/log" && [ ! -e "$T/init.c" ]; then
	ok "a file-scope initializer 40000 deep, then a with-statement: a clear error, exit 1"
else
	echo "exit status $st" >>"$T/log"; bad "a file-scope initializer 40000 deep, then a with-statement"
fi
