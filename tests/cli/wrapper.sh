# The compiler-wrapper mode, `cwith CC [ARGS...]` (wrapper.c), on the files
# of tests/wrapper/:
#   - jumps hidden in a header's macros (return, goto, break, continue, in
#     do-while(0) and bare-if macros) and with-statements written inside
#     macros get their exits: each program's trace equals the hand-written
#     NAME.out, with gcc and clang at -O0 and -O2; every tests/exec program
#     built through the wrapper gives its NAME.out too;
#   - the build step refuses a with inside a #define, the wrapper builds it;
#   - errors (cwith's and the compiler's) name the .cw file and line;
#   - -E prints the translated text (what distcc's plain mode sends), -MM;
#   - a project (tests/wrapper/proj) built by `make -j CC="cwith gcc"` with
#     dependency files, rebuilt right after a header changes; built again
#     with CC="ccache cwith gcc" from a clean tree: all cache hits;
#   - several .cw and .c files linked in one command; -c of several files;
#   - debug information names the .cw file; generated code calls _setjmp,
#     not glibc's mask-saving setjmp; the strict warning flags of
#     tests/cli/warnings.sh give no warning through the wrapper either;
#   - the first argument decides the mode; no temporary file is left.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/wrapper: $1"; }
bad() { echo "[FAIL] cli/wrapper: $1"; sed 's/^/    /' "$T/log" | cut -c1-200 | head -20; }
# check DESCRIPTION COMMAND...: passes when the command succeeds; else its
# output is added to the log
check() {
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else cat "$T/check.out" >>"$T/log"; bad "$what"; fi
}

R=$PWD
W=$R/tests/wrapper
export TMPDIR=$T/tmp        # the wrapper's temporary files: none may be left
mkdir -p "$TMPDIR"
FLAGS="-std=c99 -pedantic -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -pthread -I$R/runtime -I$R/tests/exec"
compilers=""
for cc in gcc clang; do
	if command -v $cc >/dev/null 2>&1; then compilers="$compilers $cc"; else echo "SKIP $cc (not installed)"; fi
done

# ---- traces of enters and exits: the program built from the .cw file and
# runtime/cwith.c in one command, run in the source directory's terms
# (__FILE__ is the name given on the command line)
for cc in $compilers; do
	for opt in -O0 -O2; do
		for name in macros define; do
			: >"$T/log"
			# shellcheck disable=SC2086
			if (cd "$W" && "$CWITH" $cc $FLAGS $opt $name.cw "$R/runtime/cwith.c" -o "$T/$name") >"$T/log" 2>&1 &&
			   (cd "$T" && timeout 10 "./$name" >"$name.stdout" 2>>"$T/log") &&
			   diff -u "$W/$name.out" "$T/$name.stdout" >>"$T/log"; then
				ok "$name ($cc $opt)"
			else
				bad "$name ($cc $opt)"
			fi
		done
	done
done

# ---- every execution test (tests/exec) through the wrapper too, gcc -O2:
# its stdout and exit status are the hand-written NAME.out and NAME.status,
# and errors the runtime reports (NAME.errgrep) name the .cw file.
# (-Wno-implicit-fallthrough: a /* fall through */ comment does not survive
# the preprocessor, as with gcc -save-temps; README, Known limitations;
# -Wno-comment: the // comment that goes on in exec/splice-after-backslash
# is warned about by the wrapper's preprocessing step, which the test's
# #pragma does not reach)
for cw in tests/exec/*.cw; do
	name=$(basename "$cw" .cw)
	std="-std=c99 -pedantic"
	case $name in gnu-*) std=-std=gnu99 ;; esac
	# (its ambiguous else is the point: under -Werror cwith's warning about
	# it is an error, as gcc's -Wdangling-else is for hand-written code)
	case $name in dangling-else) std="$std -Wno-dangling-else" ;; esac
	[ -f "tests/exec/$name.cc" ] && ! grep -qw gcc "tests/exec/$name.cc" && continue
	# NAME.buildstep: a jump hidden from the build step only (a macro of a
	# header it does not read); preprocessed, the jump is seen and exited
	[ -f "tests/exec/$name.buildstep" ] && continue
	want=0
	[ -f "tests/exec/$name.status" ] && want=$(cat "tests/exec/$name.status")
	mkdir -p "$T/exec/run"
	# shellcheck disable=SC2086
	if "$CWITH" gcc $std -O2 -Wall -Wextra -Werror -Wno-implicit-fallthrough -Wno-comment -D_POSIX_C_SOURCE=200809L -pthread \
		-Iruntime -Itests/exec "$cw" runtime/cwith.c -o "$T/exec/prog" >"$T/log" 2>&1; then
		(cd "$T/exec/run" && ulimit -c 0 && timeout 10 ../prog >../stdout 2>../stderr </dev/null) 2>/dev/null
		st=$?
		if [ "$st" = "$want" ] && cmp -s "tests/exec/$name.out" "$T/exec/stdout" &&
		   { [ ! -f "tests/exec/$name.errgrep" ] || grep -qF -f "tests/exec/$name.errgrep" "$T/exec/stderr"; }; then
			ok "exec/$name through cwith gcc -O2"
		else
			{ diff -u "tests/exec/$name.out" "$T/exec/stdout"; echo "exit status $st, want $want"
			  head -5 "$T/exec/stderr"; } >>"$T/log"
			bad "exec/$name through cwith gcc -O2"
		fi
	else
		bad "exec/$name through cwith gcc -O2: build"
	fi
	rm -f "$T/exec/prog"
done

# ---- the build step refuses a with inside a #define (it would stay untranslated)
(cd "$W" && "$CWITH" define.cw -o "$T/define.c") >"$T/log" 2>&1; st=$?
check "build step: a with inside a #define is an error" \
	test $st = 1 -a ! -e "$T/define.c" -a -n "$(grep 'define.cw:7:20: error:' "$T/log")"

# ---- errors name the .cw file and line
for cc in $compilers; do
	(cd "$W" && "$CWITH" "$cc" -I"$R/runtime" -c badjump.cw -o "$T/badjump.o") >"$T/log" 2>&1; st=$?
	check "$cc: cwith's error in macro-expanded code: exit 1, at badjump.cw:9:5" \
		test $st = 1 -a ! -e "$T/badjump.o" -a \
		-n "$(grep -F "badjump.cw:9:5: error: goto 'again' jumps into the body of a with-statement" "$T/log")"
	(cd "$W" && "$CWITH" "$cc" -I"$R/runtime" -c badcc.cw -o "$T/badcc.o") >"$T/log" 2>&1; st=$?
	check "$cc: compile error: exit 1, at badcc.cw:9, no temporary file named" \
		test $st = 1 -a -n "$(grep -E '^badcc\.cw:9:[0-9]+: error:' "$T/log")" \
		-a -z "$(grep -F "$TMPDIR" "$T/log")"
done

# ---- -o naming the .cw source itself: refused as gcc refuses -o x.c x.c
# (gcc saw only the temporary .i: -E and -c replaced the source, exit 0)
cp "$W/macros.cw" "$T/selfout.cw"
for act in -E -c ""; do
	# shellcheck disable=SC2086
	(cd "$T" && "$CWITH" gcc -I"$R/runtime" -I"$R/tests/exec" -I"$W" $act selfout.cw -o selfout.cw) >"$T/log" 2>&1; st=$?
	check "-o the source itself (${act:-link}): exit 1, the source untouched, says so" \
		test $st = 1 -a -n "$(cmp "$T/selfout.cw" "$W/macros.cw" && echo same)" \
		-a -n "$(grep -F "input file 'selfout.cw' is the same as output file" "$T/log")"
done

# ---- cwith's own warning (the dangling else) follows gcc's options: it was
# printed under -w and -Wno-dangling-else, and -Werror left the exit at 0
for opts in "" "-Werror" "-w" "-Wno-dangling-else" "-Werror -Wno-error" "-Werror=dangling-else"; do
	# shellcheck disable=SC2086
	(cd "$W" && "$CWITH" gcc -I"$R/runtime" -I"$R/tests/exec" $opts -c dangling.cw -o "$T/dangling.o") >"$T/log" 2>&1; st=$?
	warned=$(grep -c "dangling.cw:12:9: warning: suggest explicit braces" "$T/log")
	erred=$(grep -c "dangling.cw:12:9: error: suggest explicit braces" "$T/log")
	case "$opts" in
	"-Werror"|"-Werror=dangling-else") want="1 0 1" ;;
	"-w"|"-Wno-dangling-else") want="0 0 0" ;;
	*) want="0 1 0" ;;
	esac
	check "dangling else with '$opts': exit, warning, error = $want" test "$st $warned $erred" = "$want"
done

# ---- a compiler that is not gcc or clang: tcc took the steps (-x
# cpp-output too) and `-c` made an object, exit 0, that called an undefined
# cwith_setjmp; cwith.h now stops the preprocessing step with a clear error
if command -v tcc >/dev/null 2>&1; then
	(cd "$W" && "$CWITH" tcc -I"$R/runtime" -I"$R/tests/exec" -c macros.cw -o "$T/tcc.o") >"$T/log" 2>&1; st=$?
	check "tcc: refused (gcc and clang only): exit 1, no object, says so" \
		test $st = 1 -a ! -e "$T/tcc.o" -a -n "$(grep -F 'runs gcc and clang only' "$T/log")"
else
	echo "SKIP cli/wrapper: tcc (not installed)"
fi

# ---- -E: the translated text with its line markers; compiled by itself (as
# distcc's plain mode does elsewhere) it is the same program
# shellcheck disable=SC2086
(cd "$W" && "$CWITH" gcc $FLAGS -E macros.cw -o "$T/macros.i" && "$CWITH" gcc $FLAGS -E macros.cw >"$T/macros-stdout.i") >"$T/log" 2>&1
check "-E -o FILE and -E to stdout: the same text" cmp "$T/macros.i" "$T/macros-stdout.i"
check "-E: line markers name macros.cw" grep -q '^# 1 "macros.cw"' "$T/macros.i"
check "-E: translated (macros expanded, no with left)" \
	test -n "$(grep -F 'cwith_enter_(' "$T/macros.i")" -a -z "$(grep -E 'with \(res|LOCKED' "$T/macros.i")"
if gcc -O2 -c "$T/macros.i" -o "$T/macros-i.o" >"$T/log" 2>&1 &&
   gcc -pthread "$T/macros-i.o" "$R/runtime/cwith.c" -I"$R/runtime" -o "$T/macros-i" 2>>"$T/log" &&
   (cd "$T" && ./macros-i >macros-i.stdout) && diff -u "$W/macros.out" "$T/macros-i.stdout" >>"$T/log"; then
	ok "-E output compiled alone (distcc plain mode): same trace"
else
	bad "-E output compiled alone (distcc plain mode): same trace"
fi
(cd "$W" && "$CWITH" gcc -MM -I"$R/runtime" -I"$R/tests/exec" macros.cw) >"$T/mm" 2>"$T/log"
check "-MM: the .cw file and its headers" grep -q "^macros.o: macros.cw .*trace.h.* jumps.h" <(tr -d '\\\n' <"$T/mm")

# ---- make -j with a %.o: %.cw rule and -MMD dependency files
P=$T/proj
cp -r "$W/proj" "$P"
make -C "$P" -j4 CC="$CWITH gcc" RUNTIME="$R/runtime" >"$T/log" 2>&1
check "make -j CC=\"cwith gcc\": builds, runs" test "$("$P/prog" "$P/Makefile" 2>&1)" = "hello 3 6"
check "make: main.d names main.cw and its headers" \
	grep -q "^main.o: main.cw .*cwith.h config.h count.h" <(tr -d '\\\n' <"$P/main.d")
make -C "$P" -q CC="$CWITH gcc" RUNTIME="$R/runtime" >"$T/log" 2>&1
check "make: then up to date" test $? = 0
touch -d '-2 minutes' "$P"/*.cw "$P"/*.c "$P"/*.h
touch -d '-1 minute' "$P"/*.o "$P/prog"
sed -i 's/"hello"/"hi"/' "$P/config.h"
make -C "$P" -j4 CC="$CWITH gcc" RUNTIME="$R/runtime" >"$T/log" 2>&1
check "make after editing config.h: main.cw and count.cw recompiled, plain.c not" \
	test -n "$(grep -F ' -c main.cw ' "$T/log")" -a -n "$(grep -F ' -c count.cw ' "$T/log")" \
	-a -z "$(grep -F 'plain.c' "$T/log")"
check "make after editing config.h: the program has the new text" \
	test "$("$P/prog" "$P/Makefile" 2>&1)" = "hi 3 6"

# ---- ccache in front: a second build from a clean tree hits the cache
if command -v ccache >/dev/null 2>&1; then
	export CCACHE_DIR=$T/ccache CCACHE_TEMPDIR=$T/ccache-tmp
	make -C "$P" clean >/dev/null
	make -C "$P" -j2 CC="ccache $CWITH gcc" RUNTIME="$R/runtime" >"$T/log" 2>&1
	ccache -z >/dev/null
	make -C "$P" clean >/dev/null
	make -C "$P" -j2 CC="ccache $CWITH gcc" RUNTIME="$R/runtime" >>"$T/log" 2>&1
	ccache --print-stats >"$T/stats" 2>>"$T/log"
	hits=$(awk '$1 ~ /_cache_hit$/ { n += $2 } END { print n + 0 }' "$T/stats")
	misses=$(awk '$1 == "cache_miss" { print $2 }' "$T/stats")
	echo "hits=$hits misses=$misses" >>"$T/log"
	check "CC=\"ccache cwith gcc\": second clean build, 4 compiles, 4 cache hits" test "$hits" = 4 -a "$misses" = 0
	check "CC=\"ccache cwith gcc\": the program runs" test "$("$P/prog" "$P/Makefile" 2>&1)" = "hi 3 6"
	unset CCACHE_DIR CCACHE_TEMPDIR
else
	echo "SKIP cli/wrapper: ccache (not installed)"
fi

# ---- several files in one command
L=$T/link
mkdir -p "$L"
cp "$W"/proj/*.cw "$W"/proj/*.c "$W"/proj/*.h "$L/"
(cd "$L" && "$CWITH" gcc -O2 -I"$R/runtime" plain.c -x c main.cw count.cw -x none "$R/runtime/cwith.c" -pthread -o prog) >"$T/log" 2>&1
check "link .cw and .c files in one command (with -x c around the .cw files)" test "$("$L/prog" "$L/main.cw")" = "hello 3 6"
(cd "$L" && rm -f ./*.o && "$CWITH" gcc -O2 -I"$R/runtime" -c main.cw plain.c count.cw) >"$T/log" 2>&1
check "-c of several files: one object each, in the current directory" test -f "$L/main.o" -a -f "$L/count.o" -a -f "$L/plain.o"
(cd "$L" && "$CWITH" gcc -c main.cw count.cw -o x.o) >"$T/log" 2>&1; st=$?
check "-c -o with two files: an error" test $st = 1
# --cwith-c: .c files are cwith sources too
cp "$W/define.cw" "$L/definec.c"
# shellcheck disable=SC2086
(cd "$L" && "$CWITH" gcc --cwith-c $FLAGS definec.c "$R/runtime/cwith.c" -o definec) >"$T/log" 2>&1
check "--cwith-c: a .c file translated" test "$(cd "$L" && ./definec)" = "$(cat "$W/define.out")"
# shellcheck disable=SC2086
(cd "$L" && "$CWITH" gcc $FLAGS -c definec.c) >"$T/log" 2>&1; st=$?
check "without --cwith-c the .c file is the compiler's (and not C)" test $st != 0

# ---- debug information and the resume point
for cc in $compilers; do
	(cd "$W" && "$CWITH" "$cc" -g -I"$R/runtime" -I"$R/tests/exec" -c macros.cw -o "$T/g-$cc.o") >"$T/log" 2>&1
	if command -v readelf >/dev/null 2>&1; then
		readelf --debug-dump=info "$T/g-$cc.o" 2>/dev/null | grep -m1 DW_AT_name >"$T/log"
		check "$cc -g: the compilation unit is macros.cw" grep -q ': macros.cw$' "$T/log"
	fi
done
# shellcheck disable=SC2086
"$CWITH" gcc $FLAGS -c "$R/tests/exec/raise-unwind.cw" -o "$T/raise.o" >"$T/log" 2>&1
if nm "$T/raise.o" | grep -qw _setjmp; then
	nm "$T/raise.o" >"$T/log"
	check "a handling manager's resume point is _setjmp, not the mask-saving setjmp" \
		test -z "$(grep -w 'U setjmp' "$T/log")"
elif nm "$T/raise.o" | grep -qw setjmp; then
	bad "a handling manager's resume point calls setjmp (saves the signal mask)"
else
	echo "SKIP cli/wrapper: _setjmp check (a C library without _setjmp)"
fi

# ---- generated code warning-free through the wrapper too
GCC_WARN="-std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wcast-qual
  -Wstrict-prototypes -Wmissing-prototypes -Wjump-misses-init -Wclobbered
  -Wdeclaration-after-statement -Werror"
CLANG_WARN="-std=c99 -Weverything -Wno-padded -Werror"
for cc in $compilers; do
	flags=$GCC_WARN
	[ "$cc" = clang ] && flags=$CLANG_WARN
	for cw in tests/warnings/*.cw; do
		f=$flags
		# gnu-nested-*.cw: GNU nested functions, which clang does not have
		case ${cw##*/} in gnu-nested-*) [ "$cc" = clang ] && continue ;; esac
		# gnu-*.cw: GNU C (statement expressions), as in cli/warnings.sh
		case ${cw##*/} in gnu-*)
			f=$(echo "$flags" | sed 's/-std=c99/-std=gnu99/; s/-Wpedantic//')
			[ "$cc" = clang ] && f="$f -Wno-gnu-statement-expression" ;;
		esac
		# shellcheck disable=SC2086
		check "strict warnings, $cc -O2: $cw" \
			"$CWITH" $cc $f -O2 -D_POSIX_C_SOURCE=200809L -Iruntime -c "$cw" -o "$T/w.o"
	done
done

# ---- a with-item whose manager is declared nowhere before the function:
# the wrapper sees the whole preprocessed text, so cwith says so once
cat >"$T/undeclared.cw" <<'CW'
#include <stdio.h>
#include "cwith.h"
FILE *my_open(const char *p);
int f(const char *p)
{
    int c = 0;
    with (my_open(p) as h) {
        with (fopen(p, "r") as g) c = fgetc(g) + fgetc(h);
    }
    return c;
}
FILE *late(const char *p);
int g(const char *p)
{
    with (late(p) as h) return fgetc(h);
}
CWITH_MANAGER(late, FILE *, v == NULL, fclose);
CW
for cc in gcc clang; do
	command -v $cc >/dev/null || continue
	"$CWITH" $cc -Iruntime -c "$T/undeclared.cw" -o "$T/u.o" >"$T/log" 2>&1; st=$?
	check "$cc: an undeclared manager: exit 1, nothing compiled" test $st = 1 -a ! -e "$T/u.o"
	check "$cc: an undeclared manager: one error for each item (2), none from the compiler" \
		test "$(grep -c 'error:' "$T/log")" = 2
	check "$cc: the error names the manager and how to declare it" \
		grep -q "undeclared.cw:7:11: error: no manager 'my_open' is declared before this with-statement.*CWITH_MANAGER(my_open," "$T/log"
	check "$cc: a manager declared after the function: the same error" \
		grep -q "undeclared.cw:15:11: error: no manager 'late' is declared before" "$T/log"
done

# ---- non-ASCII names in a with-item: gcc -E writes them as UCNs (\U000000f1)
cat >"$T/utf8.cw" <<'CW'
#include <stdio.h>
#include <stdlib.h>
#include "cwith.h"
static int öffnen(int n) { printf("E%d ", n); return n; }
static void schließen(int n) { printf("X%d\n", n); }
CWITH_MANAGER(öffnen, int, v < 0, schließen);
int main(void)
{
    with (öffnen(1) as ñ) printf("%d ", ñ);
    return 0;
}
CW
for cc in gcc clang; do
	command -v $cc >/dev/null || continue
	"$CWITH" $cc -Iruntime "$T/utf8.cw" -Lbuild -lcwith -pthread -o "$T/utf8" >"$T/log" 2>&1
	check "$cc: non-ASCII manager and as names: built" test $? = 0
	check "$cc: non-ASCII names: enter, body, exit" test "$("$T/utf8")" = "E1 1 X1"
done

# ---- columns: gcc -E writes one space for a line's indentation and
# between its tokens, and a space for a comment; the wrapper gives each
# line that comes unchanged from the .cw file its own spacing back, so the
# compiler's column (and caret) and cwith's are those of the .cw file: the
# same as the compiler's on the file compiled directly, and cwith's in the
# build step
printf '%b' '#include "cwith.h"\nint f(void);\nint f(void)\n{\n\t\tint x = 0;   /* a note */   x = undeclared_y;\n' \
	'\treturn x;\n}\n' >"$T/columns.cw"
printf '%b' '#include <stdio.h>\n#include "cwith.h"\nint f(void);\nint f(void)\n{\n' \
	'\tint x = 0; /* a\n\t note */\tx = with (fopen("a", "r") as f) { }\n\treturn x;\n}\n' >"$T/columns2.cw"
"$CWITH" "$T/columns2.cw" -o "$T/columns2.c" >"$T/log" 2>&1
want2=$(grep -o 'columns2.cw:[0-9]*:[0-9]*: error' "$T/log" | head -n 1)
for cc in gcc clang; do
	command -v $cc >/dev/null || continue
	$cc -Iruntime -c -x c "$T/columns.cw" -o "$T/columns.o" >"$T/log" 2>&1
	want=$(grep -o 'columns.cw:[0-9]*:[0-9]*: error' "$T/log" | head -n 1)
	"$CWITH" $cc -Iruntime -c "$T/columns.cw" -o "$T/columns.o" >"$T/log" 2>&1
	check "$cc: the compiler's error at the .cw file's column ($want)" \
		test -n "$want" -a "$(grep -o 'columns.cw:[0-9]*:[0-9]*: error' "$T/log" | head -n 1)" = "$want"
	"$CWITH" $cc -Iruntime -c "$T/columns2.cw" -o "$T/columns2.o" >"$T/log" 2>&1
	check "$cc: cwith's error at the .cw file's column, as in the build step ($want2)" \
		test -n "$want2" -a "$(grep -o 'columns2.cw:[0-9]*:[0-9]*: error' "$T/log" | head -n 1)" = "$want2"
done

# ---- columns and directives: the compiler reads the preprocessed text
# with -fpreprocessed, where a #pragma (or a #define, with -g3) is a
# directive only with its '#' in the first column and ends at its line's
# end; a directive line is left as the preprocessor wrote it: an indented
# #pragma stays a pragma, and a pragma whose comment spans lines keeps
# the clause after the comment (gcc -E wrote it on the pragma's line)
printf '%b' '#include <stdio.h>\nint main(void)\n{\n    #pragma pack(1)\n    struct t { char c; int i; };\n' \
	'    int n = 0;\n#pragma omp parallel /* run it on a team\n                      */ if (0)\n    { n++; }\n' \
	'  #define X n += 10;\n    X\n    printf("%d %d\\n", (int)sizeof(struct t), n);\n    return 0;\n}\n' >"$T/pragma.c"
for cc in $compilers; do
	want=
	$cc -g3 "$T/pragma.c" -o "$T/pragma" >"$T/log" 2>&1 && want=$("$T/pragma")
	rm -f "$T/pragma"
	"$CWITH" $cc --cwith-c -g3 "$T/pragma.c" -o "$T/pragma" >>"$T/log" 2>&1
	check "$cc: an indented #pragma and #define, a pragma's clause after a comment spanning lines ($want)" \
		test -n "$want" -a "$("$T/pragma")" = "$want"
done

# ---- a fall-through comment reaches gcc: -Wimplicit-fallthrough (in
# -Wextra) reads `/* fall through */` and `// FALLTHRU` in the text it
# compiles, as when it compiles the file itself
printf '%b' 'int f(int x);\nint f(int x)\n{\n    int r = 0;\n    switch (x) {\n    case 1:\n' \
	'        r++;\n        /* fall through */\n    case 2:\n        r++;   // FALLTHRU\n' \
	'    case 3:\n        r++;\n    }\n    return r;\n}\n' >"$T/fall.cw"
if gcc -c -x c -Wextra -Werror "$T/fall.cw" -o "$T/fall.o" >"$T/log" 2>&1; then
	"$CWITH" gcc -c -Wextra -Werror "$T/fall.cw" -o "$T/fall.o" >"$T/log" 2>&1
	check "gcc -Wextra -Werror: fall-through comments are seen through the wrapper" test $? = 0
fi

# ---- the first argument decides the mode
"$CWITH" gcc --version >"$T/log" 2>&1
check "cwith gcc --version: gcc's" grep -q '^gcc' "$T/log"
"$CWITH" "$W/proj/count.h" -o "$T/count.c" >"$T/log" 2>&1
check "a .h input: the build step" grep -q '^#line 1 ' "$T/count.c"
"$CWITH" "$W/nonexistent" >"$T/log" 2>&1; st=$?
check "a path that is not a program: the build step's input" \
	test $st = 1 -a -n "$(grep -F "cannot read '$W/nonexistent'" "$T/log")"

find "$TMPDIR" -mindepth 1 >"$T/log"
check "no temporary file left" test ! -s "$T/log"
