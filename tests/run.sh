#!/usr/bin/env bash
# tests/run.sh - the cwith test runner (see tests/README.md).
#
# usage: tests/run.sh [--cwith PATH] [--quick] [--bless-errors] [NAME-glob...]
#
#   tests/exec/NAME.cw    translate, compile with every compiler and -O level,
#                         run; stdout must equal NAME.out, the exit status
#                         NAME.status (default 0), and stderr must contain
#                         the text of NAME.errgrep (if any) somewhere
#   tests/errors/NAME.cw  translation must fail with status 1, stderr equal to
#                         NAME.err, and an error at the LINE:COL named in the
#                         first-line comment (and a note at "note: L:C" if any)
#   tests/golden/NAME.cw  `cwith tests/golden/NAME.cw -o -` must equal NAME.c
#
# The translator is $CWITH or build/cwith; --cwith PATH overrides both.
# --quick: exec tests with gcc -O0 only.  --bless-errors: write each
# tests/errors/NAME.err from the translator's stderr (review them first!).
# A NAME-glob selects tests by NAME or by KIND/NAME (exec/*, errors/goto-*).
set -u

start=$PWD
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2

cwith=${CWITH:-$root/build/cwith}
quick=0
bless=0
globs=()
while [ $# -gt 0 ]; do
	case $1 in
	--cwith) [ $# -ge 2 ] || { echo "run.sh: --cwith needs a path" >&2; exit 2; }
		cwith=$2; shift ;;
	--cwith=*) cwith=${1#--cwith=} ;;
	--quick) quick=1 ;;
	--bless-errors) bless=1 ;;
	-h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
	*) globs+=("$1") ;;
	esac
	shift
done

case $cwith in /*) ;; *) cwith=$start/$cwith ;; esac   # relative to the caller
if [ ! -x "$cwith" ]; then
	echo "run.sh: no translator at $cwith (build it: make -C $root)" >&2
	exit 2
fi

# Compiler configurations "cc:opt"; compilers not installed get a SKIP line.
configs=""
if [ $quick = 1 ]; then
	candidates="gcc:-O0"
else
	candidates="gcc:-O0 gcc:-O2 clang:-O0 clang:-O2 tcc:-O0"
fi
skipped=""
for c in $candidates; do
	if command -v "${c%%:*}" >/dev/null 2>&1; then
		configs="$configs $c"
	else
		case " $skipped " in *" ${c%%:*} "*) ;; *)
			skipped="$skipped ${c%%:*}"
			echo "SKIP ${c%%:*} (not installed)" ;;
		esac
	fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/cwith-tests.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

selected() { # KIND NAME: does a glob select it?
	[ ${#globs[@]} -eq 0 ] && return 0
	local g
	for g in "${globs[@]}"; do
		# shellcheck disable=SC2053
		[[ $2 == $g || $1/$2 == $g ]] && return 0
	done
	return 1
}

# ---------------------------------------------------------------------
# One test; its report goes to stdout, which the caller saves in a file.
# ---------------------------------------------------------------------

run_exec() {
	local name=$1 d=$work/exec-$1 src=tests/exec/$1.cw want=0 cfg cc opt std label st
	mkdir -p "$d/run"
	[ -f "tests/exec/$name.status" ] && want=$(cat "tests/exec/$name.status")
	if [ ! -f "tests/exec/$name.out" ]; then
		echo "[FAIL] $name (no tests/exec/$name.out)"
		return
	fi
	if ! timeout 120 "$cwith" "$src" -o "$d/$name.c" >"$d/translate.out" 2>&1; then
		echo "[FAIL] $name (translate)"
		sed 's/^/    /' "$d/translate.out"
		return
	fi
	case $name in
	gnu-*) std="-std=gnu99" ;;
	*) std="-std=c99 -pedantic" ;;
	esac
	# NAME.levels: more "cc:opt" configurations for this test (e.g. -O3)
	local extra=""
	[ -f "tests/exec/$name.levels" ] && [ "$configs" != " gcc:-O0" ] && extra=$(cat "tests/exec/$name.levels")
	for cfg in $configs $extra; do
		cc=${cfg%%:*} opt=${cfg#*:}
		command -v "$cc" >/dev/null 2>&1 || continue
		case $name in gnu-gcc-*) [ "$cc" = gcc ] || continue ;; esac
		# NAME.cc: the only compilers this test is built with (e.g. no tcc:
		# it has no thread-local storage)
		if [ -f "tests/exec/$name.cc" ] && ! grep -qw "$cc" "tests/exec/$name.cc"; then
			continue
		fi
		label="$name ($cc $opt)"
		# shellcheck disable=SC2086
		if ! "$cc" $std -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -pthread \
			-I runtime -I tests/exec $opt "$d/$name.c" runtime/cwith.c \
			-o "$d/prog" >"$d/cc.out" 2>&1; then
			echo "[FAIL] $label: compile"
			head -n 30 "$d/cc.out" | cut -c1-240 | sed "s/^/    /"
			continue
		fi
		# The subshell takes bash's "Aborted" notice for the abort() test.
		# (ulimit -f: a runaway program stops at 10 MB of output)
		(cd "$d/run" && ulimit -c 0 -f 10240 && timeout 10 ../prog \
			>../stdout 2>../stderr </dev/null) 2>/dev/null
		st=$?
		if ! diff -u "tests/exec/$name.out" "$d/stdout" >"$d/diff"; then
			echo "[FAIL] $label: stdout differs (exit status $st)"
			head -n 40 "$d/diff" | cut -c1-400 | sed 's/^/    /'
			head -n 10 "$d/stderr" | sed 's/^/    stderr: /'
		elif [ "$st" != "$want" ]; then
			echo "[FAIL] $label: exit status $st, want $want"
			head -n 10 "$d/stderr" | sed 's/^/    stderr: /'
		elif [ -f "tests/exec/$name.errgrep" ] &&
			! grep -qF -f "tests/exec/$name.errgrep" "$d/stderr"; then
			echo "[FAIL] $label: stderr does not contain the text of tests/exec/$name.errgrep"
			head -n 10 "$d/stderr" | sed 's/^/    stderr: /'
		else
			echo "[PASS] $label"
		fi
		rm -f "$d/prog"
	done
}

run_error() {
	local name=$1 d=$work/errors-$1 src=tests/errors/$1.cw err=tests/errors/$1.err
	local st head loc note why
	mkdir -p "$d"
	timeout 120 "$cwith" "$src" -o "$d/out.c" >"$d/stdout" 2>"$d/stderr"
	st=$?
	if [ $bless = 1 ] && [ "$st" = 1 ]; then
		cp "$d/stderr" "$err"
		echo "BLESS $err"
	elif [ $bless = 1 ]; then
		echo "NOT BLESSED $err: exit status $st, want 1"
	fi
	# First line: /* error: LINE:COL what [note: LINE:COL] */
	head=$(head -n 1 "$src")
	loc=$(printf '%s\n' "$head" | sed -n 's|^/\* error: \([0-9]*:[0-9]*\).*|\1|p')
	note=$(printf '%s\n' "$head" | sed -n 's|.*note: \([0-9]*:[0-9]*\).*|\1|p')
	# One [FAIL] line per test, listing every reason.
	why=""
	[ "$st" = 1 ] || why="$why; exit status $st, want 1"
	if [ -z "$loc" ]; then
		why="$why; first line is not /* error: LINE:COL ... */"
	elif ! grep -qF "$src:$loc: error:" "$d/stderr"; then
		why="$why; no \"$src:$loc: error:\" on stderr"
	fi
	if [ -n "$note" ] && ! grep -qF "$src:$note: note:" "$d/stderr"; then
		why="$why; no \"$src:$note: note:\" on stderr"
	fi
	if [ ! -f "$err" ]; then
		why="$why (no golden; run tests/run.sh --bless-errors to create after review)"
	elif ! diff -u "$err" "$d/stderr" >"$d/diff"; then
		why="$why; stderr differs from $err"
	fi
	if [ -z "$why" ]; then
		echo "[PASS] errors/$name"
		return
	fi
	case $why in "; "*) why=${why#; } ;; " "*) why=${why# } ;; esac
	echo "[FAIL] errors/$name: $why"
	if [ -s "$d/diff" ]; then
		sed 's/^/    /' "$d/diff"
	else
		sed 's/^/    stderr: /' "$d/stderr"
	fi
}

run_golden() {
	local name=$1 d=$work/golden-$1 st
	mkdir -p "$d"
	timeout 120 "$cwith" "tests/golden/$name.cw" -o - >"$d/out.c" 2>"$d/stderr"
	st=$?
	if [ $st != 0 ]; then
		echo "[FAIL] golden/$name: exit status $st"
		sed 's/^/    stderr: /' "$d/stderr"
	elif [ ! -f "tests/golden/$name.c" ]; then
		echo "[FAIL] golden/$name (no tests/golden/$name.c)"
	elif ! cmp -s "tests/golden/$name.c" "$d/out.c"; then
		echo "[FAIL] golden/$name: translation differs from tests/golden/$name.c"
		diff -u "tests/golden/$name.c" "$d/out.c" | sed 's/^/    /'
	else
		echo "[PASS] golden/$name"
	fi
}

# tests/cli/NAME.sh: checks of the command itself (options, exit status,
# files); the script prints its own [PASS]/[FAIL] lines.
run_cli() { # NAME
	local d=$work/cli-$1
	mkdir -p "$d"
	CWITH=$cwith T=$d bash "tests/cli/$1.sh" || echo "[FAIL] cli/$1: script exited with $?"
}

# ---------------------------------------------------------------------
# Collect the tests, run them two at a time, print each report as it ends.
# ---------------------------------------------------------------------

: >"$work/jobs"
for kind in exec errors golden cli; do
	for f in tests/$kind/*.cw tests/$kind/*.sh; do
		[ -e "$f" ] || continue
		name=$(basename "$f"); name=${name%.*}
		selected "$kind" "$name" && printf '%s %s\n' "$kind" "$name" >>"$work/jobs"
	done
done

job() { # KIND NAME
	local log=$work/log-$1-$2
	case $1 in
	exec) run_exec "$2" ;;
	errors) run_error "$2" ;;
	golden) run_golden "$2" ;;
	cli) run_cli "$2" ;;
	esac >"$log" 2>&1
	cat "$log"
}
export -f job run_exec run_error run_golden run_cli
export work cwith configs bless

jobs=${CWITH_TEST_JOBS:-2}
xargs -P "$jobs" -n 2 bash -c 'job "$1" "$2"' job <"$work/jobs"

pass=$(cat "$work"/log-* 2>/dev/null | grep -c '^\[PASS\]')
fail=$(cat "$work"/log-* 2>/dev/null | grep -c '^\[FAIL\]')
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
