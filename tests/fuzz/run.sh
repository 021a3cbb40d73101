#!/usr/bin/env bash
# tests/fuzz/run.sh - a bounded libFuzzer campaign: `make fuzz [FUZZ_TIME=S]`
# (see tests/fuzz/README.md).
#
# usage: tests/fuzz/run.sh [SECONDS]        (default 60)
#
# Both targets (build/fuzz/fuzz-props, build/fuzz/fuzz-translate; build them
# with `make fuzz-build`) fuzz for SECONDS at the same time on a machine with
# two cores or more (one after the other, SECONDS/2 each, on one core),
# starting from the saved corpus (tests/fuzz/corpus/) and a seed corpus made
# here from the test programs and the third-party corpus. Then the inputs that
# reach new code are merged into tests/fuzz/corpus/ (libFuzzer -merge=1: only
# inputs that add coverage), and every crash or property violation is kept in
# tests/fuzz/crashes/TARGET-crash-SHA1 (also leak-, timeout-, oom-).
#
# Environment:
#   FUZZ_TARGETS      targets to run (default "props translate")
#   FUZZ_KEEP_GOING=1 go on after a crash: libFuzzer's fork mode, each crash
#                     saved (default: a target stops at its first crash; fork
#                     mode runs about 3 times fewer inputs a second)
#   FUZZ_MINIMIZE=1   re-minimise the whole saved corpus instead of adding to it
#   FUZZ_MERGE=0      do not touch tests/fuzz/corpus/
#   FUZZ_MAX_LEN      largest input in bytes (default 4096; longer seeds are cut)
#   FUZZ_BIN          where the targets are (default build/fuzz)
#   CORPUS            the third-party corpus (default ~/.cache/c-corpus; the
#                     seed uses it only if it is there)
#   FUZZ_RESEED=1     make the seed corpus again (build/fuzz/seed/)
#
# Prints one line per target (runs, coverage, new crash inputs) and for the
# corpus, then `N passed, N failed` (one check per target: no new crash);
# exit status 1 if a target found a crash.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
cd "$root" || exit 2

secs=${1:-60}
case $secs in ''|*[!0-9]*) echo "run.sh: SECONDS must be a number, not '$secs'" >&2; exit 2 ;; esac
targets=${FUZZ_TARGETS:-props translate}
bin=${FUZZ_BIN:-build/fuzz}
max_len=${FUZZ_MAX_LEN:-4096}
corpus_src=${CORPUS:-$HOME/.cache/c-corpus}
corpus=tests/fuzz/corpus
crashes=tests/fuzz/crashes
seed=build/fuzz/seed
work=build/fuzz/work
dict=tests/fuzz/cwith.dict

for t in $targets; do
	[ -x "$bin/fuzz-$t" ] || { echo "run.sh: no $bin/fuzz-$t (make fuzz-build)" >&2; exit 2; }
done
mkdir -p "$corpus" "$crashes" "$work"

# ---------------------------------------------------------------------
# The seed corpus, made once (FUZZ_RESEED=1: again): every test program,
# and from the third-party corpus a sample of gcc torture programs (every
# 4th), the cleanup tests, and torture programs with with-statements put in
# by tests/corpus/wrap.py (every 8th). Only files up to 16 KB (libFuzzer
# cuts them to FUZZ_MAX_LEN).
# ---------------------------------------------------------------------
make_seed() {
	rm -rf "$seed" && mkdir -p "$seed" || return 1
	local f n=0 i=0 kind
	for f in tests/exec/*.cw tests/errors/*.cw tests/golden/*.cw tests/golden/*.c \
		tests/warnings/*.cw examples/*.cw examples/project/*.cw; do
		[ -f "$f" ] || continue
		kind=${f%/*}; kind=${kind//\//-}
		cp "$f" "$seed/$kind-${f##*/}" && n=$((n + 1))
	done
	local tests=$n
	if [ -d "$corpus_src/torture" ]; then
		for f in "$corpus_src"/torture/*.c "$corpus_src"/cleanup/*.c; do
			[ -f "$f" ] && [ "$(wc -c <"$f")" -le 16384 ] || continue
			i=$((i + 1))
			case $f in
			*/torture/*)
				if [ $((i % 4)) = 0 ]; then cp "$f" "$seed/torture-${f##*/}"; n=$((n + 1)); fi
				if [ $((i % 8)) = 1 ] && command -v python3 >/dev/null &&
					python3 tests/corpus/wrap.py "$f" "$seed/wrapped-${f##*/}" >/dev/null 2>&1; then
					n=$((n + 1))
				fi ;;
			*) cp "$f" "$seed/cleanup-${f##*/}"; n=$((n + 1)) ;;
			esac
		done
	else
		echo "fuzz: no third-party corpus at $corpus_src: seeding from the tests only"
	fi
	echo "fuzz: seed corpus $seed: $n files ($tests test programs, $((n - tests)) from $corpus_src)"
	touch "$seed.stamp"
}
if [ "${FUZZ_RESEED:-0}" = 1 ] || [ ! -f "$seed.stamp" ]; then
	make_seed || { echo "run.sh: cannot make the seed corpus" >&2; exit 2; }
fi

# ---------------------------------------------------------------------
# The campaign
# ---------------------------------------------------------------------
before=$(mktemp "${TMPDIR:-/tmp}/cwith-fuzz.XXXXXX") || exit 2
trap 'rm -f "$before"' EXIT
ls "$crashes" >"$before"

ntargets=$(echo $targets | wc -w)
cores=$(nproc 2>/dev/null || echo 1)
parallel=1
[ "$cores" -ge "$ntargets" ] && parallel=$ntargets
each=$secs
[ "$parallel" -lt "$ntargets" ] && each=$(( (secs + ntargets - 1) / ntargets ))

# -fork=1: the fuzzing runs in a child process, restarted after a crash
mode=""
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && mode="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"

run_target() { # TARGET: fuzz it for $each seconds, new inputs into $work/TARGET
	local t=$1
	rm -rf "${work:?}/$t" && mkdir -p "$work/$t"
	# -timeout: one input may take 10 s at most
	# shellcheck disable=SC2086
	"$bin/fuzz-$t" $mode -max_total_time="$each" -timeout=10 -rss_limit_mb=2048 \
		-max_len="$max_len" -dict="$dict" -artifact_prefix="$crashes/$t-" -print_final_stats=1 \
		"$work/$t" "$corpus" "$seed" >"$work/$t.log" 2>&1
	echo $? >"$work/$t.status"
}

start=$(date +%s)
echo "fuzz: $targets for ${each}s$([ "$parallel" -gt 1 ] && echo " each, at once") (logs: $work/TARGET.log)"
if [ "$parallel" -gt 1 ]; then
	pids=""
	for t in $targets; do run_target "$t" & pids="$pids $!"; done
	trap 'kill $pids 2>/dev/null; exit 130' INT TERM
	# shellcheck disable=SC2086
	wait $pids
	trap - INT TERM
else
	for t in $targets; do run_target "$t"; done
fi

# ---------------------------------------------------------------------
# Report, merge, verdict
# ---------------------------------------------------------------------
pass=0 fail=0
for t in $targets; do
	# the last progress line: "#RUNS  DONE  cov: C ft: F corp: N/SIZE ..."
	# (fork mode: "#RUNS: cov: C ft: F corp: N ...")
	line=$(grep -aE '^#[0-9]+:?[[:space:]]+([A-Z]+[[:space:]]+)?cov: ' "$work/$t.log" | tail -n 1)
	runs=$(printf '%s\n' "$line" | sed -n 's/^#\([0-9]*\).*/\1/p')
	total=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$work/$t.log" | tail -n 1)
	[ -n "$total" ] && runs=$total
	cov=$(printf '%s\n' "$line" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(printf '%s\n' "$line" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	new=$(ls "$crashes" | grep "^$t-" | grep -vxF -f "$before" | wc -l)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *\([0-9]*\).*/\1/p' "$work/$t.log" | tail -n 1)
	echo "fuzz $t: ${runs:-0} runs (${rate:-?}/s), coverage ${cov:-?} (cov), ${ft:-?} (ft), $new new crash inputs"
	if [ "$new" = 0 ] && [ -n "$runs" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		[ -z "$runs" ] && { echo "    no progress line in $work/$t.log:"; tail -n 20 "$work/$t.log" | sed 's/^/    /'; }
	fi
done

if [ "${FUZZ_MERGE:-1}" = 1 ]; then
	# inputs that crash the merging target (a violated property) are left
	# out; their crash files go to $work/merge-*
	merger=$(echo $targets | awk '{ print $1 }')
	old=$(ls "$corpus" | wc -l)
	dirs=""
	for t in $targets; do dirs="$dirs $work/$t"; done
	if [ "${FUZZ_MINIMIZE:-0}" = 1 ]; then
		rm -rf "$work/min" && mkdir -p "$work/min"
		# shellcheck disable=SC2086
		"$bin/fuzz-$merger" -merge=1 -max_len="$max_len" -timeout=10 -artifact_prefix="$work/merge-" \
			"$work/min" "$corpus" $dirs \
			>"$work/merge.log" 2>&1 &&
			rm -f "$corpus"/* && mv "$work/min"/* "$corpus"/ 2>/dev/null
	else
		# shellcheck disable=SC2086
		"$bin/fuzz-$merger" -merge=1 -max_len="$max_len" -timeout=10 -artifact_prefix="$work/merge-" \
			"$corpus" $dirs >"$work/merge.log" 2>&1
	fi || echo "fuzz: merge failed, see $work/merge.log"
	echo "fuzz corpus: $corpus: $(ls "$corpus" | wc -l) inputs (was $old), $(( $(du -sb "$corpus" | cut -f1) / 1024 )) KB"
fi

newfiles=$(ls "$crashes" | grep -vxF -f "$before")
if [ -n "$newfiles" ]; then
	echo "fuzz: new crash inputs (reproduce: $bin/fuzz-TARGET FILE; minimise:"
	echo "  $bin/fuzz-TARGET -minimize_crash=1 -runs=20000 -exact_artifact_path=FILE.min FILE):"
	shown=0
	for f in $newfiles; do
		echo "  $crashes/$f"
		t=${f%%-*}
		# what went wrong: run it once more
		"$bin/fuzz-$t" "$crashes/$f" 2>&1 |
			grep -a -m 2 -E 'PROPERTY VIOLATED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|^SUMMARY' |
			sed 's/^/    /'
		# the input itself, for a CI log that outlives the machine
		if [ $shown -lt 5 ]; then
			echo "    base64: $(base64 -w 0 "$crashes/$f" | head -c 30000)"
			shown=$((shown + 1))
		fi
	done
fi
echo "fuzz: $(( $(date +%s) - start ))s in all"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
