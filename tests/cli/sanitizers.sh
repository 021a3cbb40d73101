# Programs that raise errors, under ThreadSanitizer, helgrind and memcheck:
# the runtime's unwinding must be race-free and leak-free.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/sanitizers: $1"; }
bad() { echo "[FAIL] cli/sanitizers: $1"; sed 's/^/    /' "$T/log" | head -30; }
build() { # NAME CC FLAGS... -> $T/NAME-CC
	local name=$1 cc=$2; shift 2
	"$CWITH" "tests/exec/$name.cw" -o "$T/$name.c" &&
	"$cc" -std=c99 -D_POSIX_C_SOURCE=200809L -pthread -Iruntime -Itests/exec "$@" \
		"$T/$name.c" runtime/cwith.c -o "$T/$name-$cc"
}

if command -v clang >/dev/null; then
	if build raise-threads clang -O1 -g -fsanitize=thread >"$T/log" 2>&1 &&
	   TSAN_OPTIONS=halt_on_error=1 "$T/raise-threads-clang" >>"$T/log" 2>&1 &&
	   grep -q "all threads balanced" "$T/log"; then
		ok "raise-threads under ThreadSanitizer"
	else
		bad "raise-threads under ThreadSanitizer"
	fi
fi

if command -v valgrind >/dev/null; then
	if build raise-threads gcc -O1 -g >"$T/log" 2>&1 &&
	   valgrind -q --tool=helgrind --error-exitcode=9 "$T/raise-threads-gcc" >>"$T/log" 2>&1; then
		ok "raise-threads under helgrind"
	else
		bad "raise-threads under helgrind"
	fi
	for name in raise-unwind raise-exit raise-recursion multi-item return-value; do
		want=0
		[ -f "tests/exec/$name.status" ] && want=$(cat "tests/exec/$name.status")
		build "$name" gcc -O1 -g >"$T/log" 2>&1
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
			"$T/$name-gcc" >>"$T/log" 2>&1
		st=$?
		if [ "$st" = "$want" ]; then ok "$name under memcheck"; else bad "$name under memcheck (status $st)"; fi
	done
else
	echo "[PASS] cli/sanitizers: (valgrind not installed: skipped)"
fi
