# Objects compiled by tcc link against the libcwith.a that `make` builds with
# gcc (issue 11, point 9), whether gcc or tcc does the final link; and code
# compiled with -DCWITH_NO_THREADS works against that same library.  tcc has
# no thread-local storage: its code reaches the chain through cwith_chain_(),
# and the library's thread-local part is a separate archive member that only
# objects using thread-local storage pull in (tcc's linker knows no TLS
# relocations).  A gcc program with threads still gets one chain per
# thread from that library.  Each program's stdout must equal the hand-written
# tests/exec/NAME.out.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/tcc-link: $1"; }
bad() { echo "[FAIL] cli/tcc-link: $1"; sed 's/^/    /' "$T/log" | head -20; }

lib=build/libcwith.a
if [ ! -f "$lib" ]; then
	: >"$T/log"; bad "no $lib: build it with make"; exit 0
fi
if ! command -v tcc >/dev/null; then
	echo "[PASS] cli/tcc-link: (tcc not installed: skipped)"; exit 0
fi
flags="-D_POSIX_C_SOURCE=200809L -Iruntime -Itests/exec"

runs() { # NAME EXE: stdout and status as tests/exec/NAME.out/.status say
	local want=0 st
	[ -f "tests/exec/$1.status" ] && want=$(cat "tests/exec/$1.status")
	(cd "$T" && exec timeout 10 "$2" >"$T/stdout" 2>>"$T/log") 2>/dev/null
	st=$?
	diff -u "tests/exec/$1.out" "$T/stdout" >>"$T/log" && [ "$st" = "$want" ] ||
		{ echo "exit status $st, want $want" >>"$T/log"; return 1; }
}

for name in raise-unwind raise-exit exit-fail multi-item; do
	: >"$T/log"
	if "$CWITH" "tests/exec/$name.cw" -o "$T/$name.c" 2>>"$T/log" &&
	   tcc $flags -c "$T/$name.c" -o "$T/$name.o" >>"$T/log" 2>&1; then
		if tcc "$T/$name.o" "$lib" -o "$T/$name-tcc" >>"$T/log" 2>&1 &&
		   runs "$name" "$T/$name-tcc"; then
			ok "$name: tcc object, tcc links libcwith.a"
		else
			bad "$name: tcc object, tcc links libcwith.a"
		fi
		: >"$T/log"
		if gcc "$T/$name.o" "$lib" -o "$T/$name-gcc" >>"$T/log" 2>&1 &&
		   runs "$name" "$T/$name-gcc"; then
			ok "$name: tcc object, gcc links libcwith.a"
		else
			bad "$name: tcc object, gcc links libcwith.a"
		fi
	else
		bad "$name: translate or tcc -c"
	fi
	: >"$T/log"
	if gcc -std=c99 -pedantic -Wall -Wextra -Werror -DCWITH_NO_THREADS $flags \
		"$T/$name.c" "$lib" -o "$T/$name-nothreads" >>"$T/log" 2>&1 &&
	   runs "$name" "$T/$name-nothreads"; then
		ok "$name: gcc -DCWITH_NO_THREADS with libcwith.a"
	else
		bad "$name: gcc -DCWITH_NO_THREADS with libcwith.a"
	fi
done

# One program, objects from both compilers: the error raised in tcc's code
# unwinds through gcc's with-statements (one chain per thread).
cat >"$T/mixed-a.cw" <<'EOT'
#include "trace.h"
void inner(int code);
int main(void)
{
	cwith_error e;
	begin("mixed");
	with (catch_error(&e), guard(1)) {
		inner(5);
		say("not reached");
	}
	sayi(e.code);
	end();
	return 0;
}
EOT
cat >"$T/mixed-b.cw" <<'EOT'
#include "trace.h"
void inner(int code);
void inner(int code)
{
	with (guard(2)) {
		cwith_raise(code, "from tcc");
	}
}
EOT
printf 'mixed: E1 E2 X2!5 X1!5 5\n' >"$T/mixed.out"
: >"$T/log"
if "$CWITH" "$T/mixed-a.cw" -o "$T/mixed-a.c" 2>>"$T/log" &&
   "$CWITH" "$T/mixed-b.cw" -o "$T/mixed-b.c" 2>>"$T/log" &&
   tcc $flags -c "$T/mixed-b.c" -o "$T/mixed-b.o" >>"$T/log" 2>&1 &&
   gcc -std=c99 $flags "$T/mixed-a.c" "$T/mixed-b.o" "$lib" -o "$T/mixed" >>"$T/log" 2>&1 &&
   (cd "$T" && ./mixed >stdout 2>>log) && diff -u "$T/mixed.out" "$T/stdout" >>"$T/log"; then
	ok "gcc and tcc objects in one program share the chain"
else
	bad "gcc and tcc objects in one program share the chain"
fi

# The library's two parts: a gcc program with threads gets one chain (and
# error slots) per thread through the thread-local part.
: >"$T/log"
if "$CWITH" tests/exec/raise-threads.cw -o "$T/raise-threads.c" 2>>"$T/log" &&
   gcc -std=c99 -O2 -pthread $flags "$T/raise-threads.c" "$lib" -o "$T/raise-threads" >>"$T/log" 2>&1 &&
   runs raise-threads "$T/raise-threads"; then
	ok "raise-threads: gcc links libcwith.a, one chain per thread"
else
	bad "raise-threads: gcc links libcwith.a, one chain per thread"
fi
