# Limits (README, "Limits"): deep nesting is translated up to the stated
# limits (an else-if chain of 8000 links, in time linear in its length;
# 10000 nested statements) and refused beyond them with a clear error,
# never a crash; the output of the deep chain compiles and runs right.
# A file larger than the size limit is refused before it is read; errors
# stop the translation at the cap; a long line is no problem.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/limits: $1"; }
bad() { echo "[FAIL] cli/limits: $1"; sed 's/^/    /' "$T/log" | cut -c1-200 | head -10; }
# refused NAME FILE.cw ERROR-PATTERN: translating FILE.cw gives exit 1, an
# error matching the pattern, and no output file
refused() {
	local out=${2%.cw}.c st
	rm -f "$out"
	"$CWITH" "$2" -o "$out" 2>"$T/log"; st=$?
	if [ $st = 1 ] && grep -q "$3" "$T/log" && [ ! -e "$out" ]; then
		ok "$1: a clear error, exit 1, no output"
	else
		echo "exit status $st" >>"$T/log"; bad "$1"
	fi
}

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
refused "else-if chain of 12000 links" "$T/deeper.cw" \
	"error: statements or parentheses nested too deeply for cwith"

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

# Nesting: the tree walks recurse once per level; 10000 levels is the limit
python3 -c "
n = 9000
print('int g(int x)\n{\n    with (malloc(1) as p) {\n' + '{' * n + 'if (x) return 1;' + '}' * n + '\n    }\n    return 0;\n}')" >"$T/blocks.cw"
if "$CWITH" "$T/blocks.cw" -o "$T/blocks.c" 2>"$T/log" && ! grep -q "with (" "$T/blocks.c"; then
	ok "9000 nested blocks in a with body: translated"
else
	bad "9000 nested blocks"
fi
python3 -c "
n = 20000
print('int g(int x)\n{\n    with (malloc(1) as p) {\n' + '{' * n + 'if (x) return 1;' + '}' * n + '\n    }\n    return 0;\n}')" >"$T/deeper-blocks.cw"
"$CWITH" "$T/deeper-blocks.cw" -o "$T/deeper-blocks.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && grep -q "deeper-blocks.cw:4:[0-9]*: error: statements nested more than 10000 deep" "$T/log" &&
   [ ! -e "$T/deeper-blocks.c" ]; then
	ok "20000 nested blocks: a clear error, exit 1, no output (not a stack overflow)"
else
	echo "exit status $st" >>"$T/log"; bad "20000 nested blocks"
fi

# File size: more than 2147483647 bytes is refused before it is read
# (a sparse file: nothing is written to the disk)
if truncate -s 2147483648 "$T/huge.cw" 2>/dev/null; then
	timeout 20 "$CWITH" "$T/huge.cw" -o "$T/huge.c" 2>"$T/log"; st=$?
	if [ $st = 1 ] && grep -q "error: cannot read '.*huge.cw': larger than cwith's limit of 2147483647 bytes" "$T/log" &&
	   [ ! -e "$T/huge.c" ]; then
		ok "a file of 2 GiB: refused up front, exit 1, no output"
	else
		echo "exit status $st" >>"$T/log"; bad "a file of 2 GiB"
	fi
	rm -f "$T/huge.cw"
fi

# Errors: at the cap (default 20) the translation stops; without a cap
# (-fmax-errors=0) every error is reported, in time linear in the input,
# even on one long line
python3 -c "
print('int f(int x)\n{\n    with (malloc(1) as p) {' + ' with (1) {}' * 20000 + '\n    }\n    return x;\n}')" >"$T/errors.cw"
"$CWITH" "$T/errors.cw" -o "$T/errors.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && [ "$(grep -c ': error:' "$T/log")" = 20 ] &&
   tail -1 "$T/log" | grep -q "^cwith: too many errors (20), stopping$" &&
   [ "$(wc -c <"$T/log")" -lt 16000 ] && [ ! -e "$T/errors.c" ]; then
	ok "20000 errors on one line: 20 reported, then 'too many errors (20), stopping', exit 1"
else
	echo "exit status $st" >>"$T/log"; bad "20000 errors on one line"
fi
timeout 60 "$CWITH" -fmax-errors=0 "$T/errors.cw" -o "$T/errors.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && [ "$(grep -c ': error:' "$T/log")" = 20000 ]; then
	ok "-fmax-errors=0: all 20000 errors of that line, within 60 s"
else
	echo "exit status $st; $(grep -c ': error:' "$T/log") errors" >"$T/log"; bad "-fmax-errors=0, 20000 errors"
fi

# Line length: no limit but the file's; a 4 MB line translates
python3 -c "
print('int f(int x)\n{\n    with (malloc(1) as p) {' + ' x = x * 3 + 1;' * 250000 + ' }\n    return x;\n}')" >"$T/line.cw"
if "$CWITH" "$T/line.cw" -o "$T/line.c" 2>"$T/log" && ! grep -q "with (" "$T/line.c" &&
   [ "$(grep -o 'x = x \* 3 + 1;' "$T/line.c" | wc -l)" = 250000 ]; then
	ok "a line of 4 MB in a with body: translated"
else
	bad "a line of 4 MB"
fi

# Output size: nested with-statements that each hold a return. Written out
# at each return, the exits would make the output grow with the square of
# the depth (2,000 deep: 140 MB); each return's exits beyond the first few
# are shared, so twice the depth gives about twice the output.
deep_returns() { # DEPTH
	python3 -c "
n = $1
print('#include <stdlib.h>\nint f(int x)\n{')
for d in range(n): print('with (malloc(1) as p%d) { if (x == %d) return %d;' % (d, d, d))
print('}' * n)
print('return -1;\n}')"
}
deep_returns 1000 >"$T/ret1k.cw"
deep_returns 2000 >"$T/ret2k.cw"
if "$CWITH" "$T/ret1k.cw" -o "$T/ret1k.c" 2>"$T/log" && "$CWITH" "$T/ret2k.cw" -o "$T/ret2k.c" 2>>"$T/log"; then
	s1=$(wc -c <"$T/ret1k.c"); s2=$(wc -c <"$T/ret2k.c")
	if [ "$s2" -lt $((s1 * 5 / 2)) ] && [ "$s2" -lt 10000000 ]; then
		ok "nested with-statements each holding a return: 1000 deep $s1 bytes, 2000 deep $s2 bytes"
	else
		echo "1000 deep: $s1 bytes, 2000 deep: $s2 bytes" >"$T/log"
		bad "nested with-statements each holding a return: output grows faster than the depth"
	fi
else
	bad "nested with-statements each holding a return: translate"
fi
rm -f "$T"/ret1k.* "$T"/ret2k.*

# Macro chains: the build step follows a macro through the macros its text
# uses, up to 1000 deep (a chain of 1000 macros that ends in a return is
# refused as a jump, one that ends in a call is translated); deeper, it
# cannot tell, and refuses the use with the wrapper hint.
macro_chain() { # DEPTH LAST
	python3 -c "
n = $1
print('#include <stdlib.h>')
for i in range(n, 0, -1): print('#define M%d M%d' % (i, i - 1))
print('#define M0 $2')
print('int f(int x)\n{\n    with (malloc(1) as p) {\n        M%d;\n    }\n    return x;\n}' % n)"
}
macro_chain 1000 "return 1" >"$T/chain.cw"
"$CWITH" "$T/chain.cw" -o "$T/chain.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && grep -q "error: the macro 'M1000' may leave the with-statement" "$T/log"; then
	ok "a chain of 1000 macros ending in a return: refused as a jump"
else
	echo "exit status $st" >>"$T/log"; bad "a chain of 1000 macros ending in a return"
fi
macro_chain 1000 "(void)0" >"$T/chain.cw"
if "$CWITH" "$T/chain.cw" -o "$T/chain.c" 2>"$T/log"; then
	ok "a chain of 1000 macros ending in an expression: translated"
else
	bad "a chain of 1000 macros ending in an expression"
fi
macro_chain 1200 "(void)0" >"$T/chain.cw"
refused "a chain of 1200 macros" "$T/chain.cw" \
	"error: cwith cannot follow the macro 'M1200'.*more than 1000"
# a name with one definition too deep to follow, in a file whose header
# holds a with-statement in a macro (the jump check leaves such files' deep
# macros to the header check, which read only the last definition: exit 0)
printf '#define HOLDING(m) with (mutex_locked(m))\n' >"$T/locks.h"
python3 -c "
print('#include <stdlib.h>\n#include \"cwith.h\"\n#include \"locks.h\"')
print('#ifdef STRICT\n#define CHECK(x) C1(x)\n#else\n#define CHECK(x) (void)(x)\n#endif')
for i in range(1, 1200): print('#define C%d(x) C%d(x)' % (i, i + 1))
print('#define C1200(x) do { if (x) return -1; } while (0)')
print('int f(int v)\n{\n    with (malloc(1) as p) {\n        CHECK(v);\n    }\n    return 0;\n}')
" >"$T/chain.cw"
refused "a name with one definition too deep, a header with a with-macro" "$T/chain.cw" \
	"error: cwith cannot follow the macro 'CHECK'"
rm -f "$T/locks.h"
# a macro half way along that chain, used after it: 600 deep from there, so
# translated (what was cut short at the depth limit is not remembered)
{ macro_chain 1200 "(void)0"
  printf 'int g(int x)\n{\n    with (malloc(1) as p) {\n        M600;\n    }\n    return x;\n}\n'
} >"$T/chain.cw"
"$CWITH" "$T/chain.cw" -o "$T/chain.c" 2>"$T/log"; st=$?
if [ $st = 1 ] && [ "$(grep -c 'error:' "$T/log")" = 1 ] &&
   grep -q "error: cwith cannot follow the macro 'M1200'" "$T/log"; then
	ok "a chain of 1200 macros, then a use of its 600th: only the first refused"
else
	echo "exit status $st" >>"$T/log"; bad "a chain of 1200 macros, then a use of its 600th"
fi
rm -f "$T"/chain.*

# exits written out: N nested with-statements each holding a goto out of
# all write N*N/2 exit calls; 1,000 deep (500,500) is translated, 1,500
# deep (1,125,750, over the limit of 1,000,000) is refused, in little time
nested_gotos() { # N FILE
	python3 - "$1" >"$2" <<'PY'
import sys
n = int(sys.argv[1])
print("#include <stdlib.h>\n#include \"cwith.h\"\nint f(int x)\n{")
for i in range(n):
    print("    with (malloc(1) as p%d) { if (x == %d) goto out;" % (i, i))
print("    }" * n)
print("out:\n    return x;\n}")
PY
}
nested_gotos 1000 "$T/gotos.cw"
if "$CWITH" "$T/gotos.cw" -o "$T/gotos.c" 2>"$T/log" && [ "$(grep -o cwith_exit_malloc "$T/gotos.c" | wc -l)" -gt 500000 ]; then
	ok "1,000 nested with-statements each with a goto out of all: translated"
else
	bad "1,000 nested with-statements each with a goto out of all"
fi
nested_gotos 1500 "$T/gotos.cw"
refused "1,500 nested with-statements each with a goto out of all" "$T/gotos.cw" \
	"error: the jumps of this function write more than 1000000 exit calls"
rm -f "$T"/gotos.*
