# #line directives already in the input (cwith after another generator):
# cwith's diagnostics and the runtime's enter-failure report name the file
# and line they give, and they are kept in the output.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/line-directives: $1"; }
bad() { echo "[FAIL] cli/line-directives: $1"; shift; for l in "$@"; do echo "    $l"; done; }
expect() { # DESCRIPTION FILE TEXT: FILE contains the line TEXT
	if grep -qxF -- "$3" "$2"; then ok "$1"; else bad "$1" "expected: $3" "got:" "$(head -5 "$2")"; fi
}

# a goto into a with body, after `#line 100 "grammar.y"` (the goto is on
# physical line 6, so grammar.y line 102)
cat >"$T/jump.cw" <<'CW'
#include <stdlib.h>
#line 100 "grammar.y"
int f(void)
{
    with (malloc(1) as p) {
in:     return 1;
    }
    goto in;
}
CW
"$CWITH" "$T/jump.cw" -o "$T/jump.c" 2>"$T/jump.err"; st=$?
if [ $st = 1 ]; then ok "rejected goto: exit 1"; else bad "rejected goto: exit 1" "status $st"; fi
expect "#line: error at the mapped file and line" "$T/jump.err" \
	"grammar.y:105:5: error: goto 'in' jumps into the body of a with-statement"
expect "#line: note at the mapped line" "$T/jump.err" \
	"grammar.y:102:5: note: the with-statement is here"

# GNU line markers (`# N "file" flags`) as the preprocessor writes them
cat >"$T/marker.cw" <<'CW'
# 1 "x.c"
# 40 "lib/parse.cw" 2
int g(void)
{
    goto in;
    with (malloc(1) as p) {
in:     return 1;
    }
}
CW
"$CWITH" "$T/marker.cw" -o "$T/marker.c" 2>"$T/marker.err"
expect "line marker: error at the mapped file and line" "$T/marker.err" \
	"lib/parse.cw:42:5: error: goto 'in' jumps into the body of a with-statement"

# the output keeps the input's directives; a failed enter is reported at
# the place they give
cat >"$T/enter.cw" <<'CW'
#include <stdio.h>
#include "cwith.h"
#line 7 "spec/enter.y"
int main(void)
{
    with (fopen("/nonexistent/x", "r") as f) {
        puts("not reached");
    }
    return 0;
}
CW
if "$CWITH" "$T/enter.cw" -o "$T/enter.c" 2>"$T/log"; then
	expect "the input's #line is kept in the output" "$T/enter.c" '#line 7 "spec/enter.y"'
	if gcc -std=c99 -Iruntime "$T/enter.c" runtime/cwith.c -o "$T/enter" 2>"$T/log"; then
		"$T/enter" >/dev/null 2>"$T/enter.err"
		expect "runtime report at the mapped place" "$T/enter.err" \
			"spec/enter.y:9: error: with-item 'fopen' failed to enter: No such file or directory"
	else
		bad "compile" "$(cat "$T/log")"
	fi
else
	bad "translate" "$(cat "$T/log")"
fi

# The input's own name in the output's #line and in the strings of the
# enter-failure report: a quote, a backslash, a newline, a tab and a
# trigraph (gcc -std=c99 reads them; here in a directory's name) must come out as written. (A newline
# written raw ended the string: exit 0 with output that did not compile.)
name=$(printf 'we"ird\\ \n\t??=??/x.cw')
mkdir -p "$T/${name%/*}"
cp "$T/enter.cw" "$T/$name"
sed -i '/^#line/d' "$T/$name"
if (cd "$T" && "$CWITH" "$name" -o named.c) 2>"$T/log"; then
	if gcc -std=c99 -Wall -Wno-unused-variable -Werror -Iruntime "$T/named.c" runtime/cwith.c -o "$T/named" 2>"$T/log"; then
		"$T/named" >/dev/null 2>"$T/named.err"
		want=$(printf "%s:5: error: with-item 'fopen' failed to enter: No such file or directory" "$name")
		if [ "$(cat "$T/named.err")" = "$want" ]; then ok "a file name with a quote, backslash, newline, tab, trigraph"
		else bad "a file name with a quote, backslash, newline, tab, trigraph" "got:" "$(cat "$T/named.err")"; fi
	else
		bad "a file name with a quote, backslash, newline, tab, trigraph: compile" "$(head -5 "$T/log")"
	fi
else
	bad "a file name with a quote, backslash, newline, tab, trigraph: translate" "$(cat "$T/log")"
fi

# comments inside the #line directive are blanks, as for cpp (a comment may
# span lines: numbering restarts after the directive's last line)
for form in '#line /* a\n   b */ 100 "gram.y"' '#line 100 /* a\n   b */ "gram.y"' \
	'# /* a */ 100 /* b */ "gram.y" /* c\n */' '#line 100 "gram.y" // c'; do
	printf '#include <stdlib.h>\n%b\nvoid *f(void)\n{\n    with (malloc(1) as p) return p;\n}\n' "$form" >"$T/cmt.cw"
	"$CWITH" "$T/cmt.cw" -o "$T/cmt.c" 2>"$T/cmt.err"
	form1=$(printf '%s' "$form" | head -c 24)
	if grep -q '^gram.y:102:27: error: returning' "$T/cmt.err"; then ok "comments in '$form1...': mapped file and line"
	else bad "comments in '$form1...': mapped file and line" "want gram.y:102:27, got:" "$(head -1 "$T/cmt.err")"; fi
done
