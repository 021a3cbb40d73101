# The generated code is complete C by itself: it uses no macro of cwith.h.
# Each exec program is preprocessed first (gcc -E), the preprocessed text is
# translated, and the result is compiled as preprocessed input
# (-fpreprocessed: no macro is expanded any more) and run: its stdout and
# exit status must be those the hand-written NAME.out and NAME.status give.
# (This is the path the compiler-wrapper mode takes.)
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/preprocessed: $1"; }
bad() { echo "[FAIL] cli/preprocessed: $1"; sed 's/^/    /' "$T/log" | head -20; }

flags="-D_POSIX_C_SOURCE=200809L -pthread -Iruntime -Itests/exec"
gcc -std=c99 -O1 -c runtime/cwith.c -o "$T/cwith.o" 2>"$T/log" || { bad "runtime"; exit 0; }
for cw in tests/exec/*.cw; do
	name=$(basename "$cw" .cw)
	std=c99
	case $name in gnu-*) std=gnu99 ;; esac
	[ -f "tests/exec/$name.cc" ] && ! grep -qw gcc "tests/exec/$name.cc" && continue
	# NAME.buildstep: a jump hidden from the build step only (a macro of a
	# header it does not read); preprocessed, the jump is seen and exited
	[ -f "tests/exec/$name.buildstep" ] && continue
	: >"$T/log"
	if gcc -std=$std $flags -E -x c "$cw" -o "$T/$name.i" 2>>"$T/log" &&
	   "$CWITH" --no-line "$T/$name.i" -o "$T/$name.t.i" 2>>"$T/log" &&
	   ! grep -q 'CWITH_\|__FILE__' "$T/$name.t.i" &&
	   gcc -std=$std -O1 -fpreprocessed -x cpp-output -Wall -Wextra -Werror -Wno-implicit-fallthrough -pthread \
		"$T/$name.t.i" -x none "$T/cwith.o" -o "$T/$name" 2>>"$T/log"; then
		{ (cd "$T" && exec timeout 10 "./$name" >"$name.stdout" 2>"$name.stderr"); st=$?; } 2>/dev/null
		want=0
		[ -f "tests/exec/$name.status" ] && want=$(cat "tests/exec/$name.status")
		if [ "$st" = "$want" ] && cmp -s "$T/$name.stdout" "tests/exec/$name.out"; then
			ok "$name"
		else
			diff -u "tests/exec/$name.out" "$T/$name.stdout" >>"$T/log"
			echo "exit status $st, want $want" >>"$T/log"
			bad "$name"
		fi
	else
		bad "$name: build"
	fi
done
