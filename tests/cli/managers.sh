# Build step: a with-item whose manager nothing declares is refused with
# one error (README, "Declaring managers"), but only when cwith has read
# every header the file includes before it; a header it cannot see (a
# <...> header other than the C library's and POSIX's, a quoted one not
# found, #include MACRO) or a macro that may declare managers (its text
# holds CWITH_MANAGER or cwith_type_) make it trust the name, as the
# compiler will then judge. The shipped managers of cwith.h are known.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/managers: $1"; }
bad() { echo "[FAIL] cli/managers: $1"; sed 's/^/    /' "$T/e" | cut -c1-300 | head -8; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
run() { rm -f "$T/out.c"; timeout 20 "$CWITH" "$@" -o "$T/out.c" >"$T/o" 2>"$T/e"; st=$?; }
body='int f(const char *p)\n{\n    with (widget(p) as w) return fgetc(w);\n    return -1;\n}\n'
mk() { # FILE LINES-BEFORE: a function using manager widget after the lines
	printf '#include <stdio.h>\n#include "cwith.h"\nFILE *widget(const char *p);\n%b\n'"$body" "$2" >"$1"
}
try() { # STATUS DESCRIPTION NAME LINES [OPTION...]: mk NAME.cw, translate, want STATUS
	local want=$1 what=$2 name=$3 lines=$4; shift 4
	mk "$T/src/$name.cw" "$lines"
	run "$@" "$T/src/$name.cw"
	check "$what" test $st = "$want"
}
mkdir -p "$T/src" "$T/inc" "$T/empty"

try 1 "undeclared, every header seen: exit 1" none ''
check "undeclared: the error names the manager at the item" \
	grep -q "src/none.cw:7:11: error: no manager 'widget' is declared" "$T/e"
check "undeclared: one error" test "$(grep -c 'error:' "$T/e")" = 1
check "undeclared: nothing written" test ! -e "$T/out.c"
run -I "$(dirname "$0")/../../runtime" "$T/src/none.cw"
check "cwith.h read (-I runtime): its macros declare nothing by themselves: exit 1" test $st = 1

try 0 "declared with CWITH_MANAGER: translated" decl 'CWITH_MANAGER(widget, FILE *, v == NULL, fclose);'
try 0 "declared with CWITH_MANAGER_EXIT, a comment and a line between: translated" decl2 'CWITH_MANAGER_EXIT(/* the device */\n    widget, FILE *, v == NULL, vp, err) { (void)err; fclose(*vp); return 0; }'
try 0 "cwith_type_widget written by hand: trusted" typedef 'typedef FILE *cwith_type_widget;'
try 0 "CWITH_MANAGER split by a line splice: trusted" spliced 'CWITH_MANA\\\nGER(widget, FILE *, v == NULL, fclose);'
try 0 "declared by a macro whose text holds CWITH_MANAGER: trusted" wrapmacro '#define FILE_MANAGER(n) CWITH_MANAGER(n, FILE *, v == NULL, fclose)\nFILE_MANAGER(widget);'

printf 'CWITH_MANAGER(widget, FILE *, v == NULL, fclose);\n' >"$T/inc/widget.h"
: >"$T/inc/other.h"
try 0 "declared in a header found in -I: translated" hdr '#include "widget.h"' -I "$T/inc"
run "$T/src/hdr.cw"
check "a header not found: trusted" test $st = 0
try 1 "a header found that declares nothing: exit 1" hdr2 '#include "other.h"' -I "$T/inc"
try 0 "#include <widget.h> (not the C library's): trusted" angle '#include <widget.h>' -I "$T/inc"
try 0 "#include MACRO: trusted" computed '#define H "other.h"\n#include H' -I "$T/inc"
printf '#include <gtk/gtk.h>\n' >"$T/inc/nested.h"
try 0 "a found header that includes one not seen: trusted" nested '#include "nested.h"' -I "$T/inc"
try 1 "C library and POSIX headers declare no manager: exit 1" posix '#include <unistd.h>\n#include <sys/socket.h>\n#include <pthread.h>'
printf '#include <stdio.h>\n#include "cwith.h"\n%b\n#include <mylib.h>\n' "$body" >"$T/src/after.cw"
run "$T/src/after.cw"
check "a header not seen after the with-statement: still refused" test $st = 1

# -include FILE, as the compiler's (a prefix or precompiled header)
run -include "$T/inc/widget.h" "$T/src/none.cw"
check "-include FILE that declares it: translated" test $st = 0
run -I "$T/inc" -include widget.h "$T/src/none.cw"
check "-include FILE found in an -I directory: translated" test $st = 0
case $CWITH in /*) cw=$CWITH ;; */*) cw=$PWD/$CWITH ;; *) cw=$CWITH ;; esac
(cd "$T/inc" && timeout 20 "$cw" -include widget.h "$T/src/none.cw" -o "$T/out.c" 2>"$T/e"); st=$?
check "-include FILE found in the current directory: translated" test $st = 0
run -include "$T/inc/other.h" "$T/src/none.cw"
check "-include FILE that declares nothing: exit 1" test $st = 1
run -include "$T/inc/nothere.h" "$T/src/none.cw"
check "-include FILE not found: trusted" test $st = 0
printf '#define CHECK(x) do { if (!(x)) return -1; } while (0)\n' >"$T/inc/check.h"
printf '#include <stdio.h>\n#include "cwith.h"\nint f(const char *p)\n{\n    with (fopen(p, "r") as w) CHECK(fgetc(w) != EOF);\n    return 0;\n}\n' >"$T/src/check.cw"
run -include "$T/inc/check.h" "$T/src/check.cw"
check "-include FILE: its macros are read too (a hidden return refused)" \
	grep -q "error: the macro 'CHECK' may leave the with-statement" "$T/e"
run "$T/src/check.cw"
check "(without -include: CHECK unknown, trusted)" test $st = 0

# Every manager cwith.h ships is known (the list in cwith is cwith.h's).
h=$(dirname "$0")/../../runtime/cwith.h
names=$(sed -n 's/^ *CWITH_MANAGER[A-Z_]*(\([a-z_0-9]*\),.*/\1/p' "$h" | grep -v '^name$' | sort -u)
check "cwith.h declares managers (found $(echo $names | wc -w))" test "$(echo $names | wc -w)" -ge 30
{
	printf '#include "cwith.h"\nvoid f(void)\n{\n'
	for n in $names; do printf '    with (%s(0)) ;\n' "$n"; done
	printf '}\n'
} >"$T/src/shipped.cw"
run "$T/src/shipped.cw"
check "every shipped manager of cwith.h is known (no cwith.h read)" test $st = 0
run -I "$T/empty" "$T/src/shipped.cw"
check "cwith.h not found: still known" test $st = 0
