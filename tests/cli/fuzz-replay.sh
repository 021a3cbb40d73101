# The fuzz targets (tests/fuzz/) on every input of the saved corpus
# (tests/fuzz/corpus/) and on every crash input found so far
# (tests/fuzz/crashes/, regression inputs of fixed bugs), without fuzzing:
# each must run clean (no sanitizer report, no violated property).
# tests/fuzz/open/ (found, not fixed yet) is not replayed.
# A SKIP line if clang or its libFuzzer runtime is missing.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/fuzz-replay: $1"; }
bad() { echo "[FAIL] cli/fuzz-replay: $1"; sed 's/^/    /' "$T/log" | head -40; }

cc=${FUZZCC:-clang}
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\n%s\n' \
	'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }' \
	>"$T/probe.c"
if ! command -v "$cc" >/dev/null 2>&1; then
	echo "SKIP cli/fuzz-replay: $cc is not installed (the fuzz targets need clang with libFuzzer)"
	exit 0
fi
if ! "$cc" -fsanitize=fuzzer,address,undefined "$T/probe.c" -o "$T/probe" >"$T/log" 2>&1; then
	echo "SKIP cli/fuzz-replay: $cc has no libFuzzer runtime ($cc -fsanitize=fuzzer fails;" \
		"on Debian 12: apt-get install libclang-rt-14-dev)"
	exit 0
fi

# build/fuzz/fuzz-{props,translate}, from the translator's current sources
if ! make -s fuzz-build >"$T/log" 2>&1; then
	bad "make fuzz-build"
	exit 0
fi

corpus=tests/fuzz/corpus
ncorpus=$(find "$corpus" -type f 2>/dev/null | wc -l)
crash_files=$(find tests/fuzz/crashes -type f ! -name 'README*' 2>/dev/null | sort)
ncrash=$(printf '%s' "$crash_files" | grep -c . || true)

for t in props translate; do
	b=build/fuzz/fuzz-$t
	if [ "$ncorpus" -gt 0 ]; then
		# -runs=0: run each input of the directory once, fuzz nothing
		if "$b" -runs=0 -timeout=10 "$corpus" >"$T/log" 2>&1; then
			ok "$t: the saved corpus ($ncorpus inputs)"
		else
			bad "$t: the saved corpus ($ncorpus inputs)"
		fi
	fi
	# one process per crash input, so that each failing one is named
	fails=""
	: >"$T/all"
	for f in $crash_files; do
		"$b" -timeout=10 "$f" >"$T/log" 2>&1 ||
			{ fails="$fails ${f##*/}"; grep -av '^INFO:\|^Running\|: Running 1 inputs\|^    #' "$T/log" >>"$T/all"; }
	done
	if [ -z "$fails" ]; then
		ok "$t: every crash input of tests/fuzz/crashes ($ncrash)"
	else
		mv "$T/all" "$T/log"
		bad "$t: crash inputs that still fail:$fails"
	fi
done
