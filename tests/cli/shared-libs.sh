# The runtime linked into two shared libraries of one process (issue 13,
# point 6): liba.so and libb.so (tests/shlib/) each link the runtime and
# call each other's functions; an error raised in libb.so, inside a
# with-statement of libb.so inside a callback of liba.so inside a
# with-statement of libb.so, is caught by catch_error in liba.so, and every
# exit runs once, seeing the error (trace compared with the hand-written
# tests/shlib/expected.out).  Built each way a library may take the
# runtime: build/libcwith.a (PIC), or runtime/cwith.c compiled in; with
# default visibility and with -fvisibility=hidden (the runtime's symbols
# stay exported, so the dynamic linker binds both libraries to one copy:
# one chain per thread); the two libraries linked by the program, or
# loaded with dlopen(RTLD_GLOBAL) -- gcc and clang.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/shared-libs: $1"; }
bad() { echo "[FAIL] cli/shared-libs: $1"; sed 's/^/    /' "$T/log" | head -20; }

lib=$PWD/build/libcwith.a
src=tests/shlib
for f in a b; do
	"$CWITH" "$src/$f.cw" -o "$T/$f.c" || { : >"$T/log"; bad "translate $f.cw"; exit 0; }
done

cat >"$T/dl.c" <<'EOT'
/* main.c, with both libraries loaded by dlopen(RTLD_GLOBAL) */
#include <dlfcn.h>
#include <stdio.h>
int shtrace_live;
int main(void)
{
	void *b = dlopen("./libb.so", RTLD_NOW | RTLD_GLOBAL);
	void *a = dlopen("./liba.so", RTLD_NOW | RTLD_GLOBAL);
	int (*run)(void);
	int i;
	if (!a || !b) { fprintf(stderr, "%s\n", dlerror()); return 2; }
	*(void **)&run = dlsym(a, "a_run");
	for (i = 1; i <= 2; i++) {
		printf("run %d:", i);
		if (run() != 7) return 1;
		printf("live=%d\n", shtrace_live);
	}
	return 0;
}
EOT

for cc in gcc clang; do
	command -v $cc >/dev/null || { echo "[PASS] cli/shared-libs: ($cc not installed: skipped)"; continue; }
	for how in archive source; do
		for vis in default hidden; do
			for load in linked dlopen; do
				label="$cc, runtime from $how, visibility $vis, $load"
				d=$T/$cc-$how-$vis-$load
				mkdir -p "$d"
				: >"$T/log"
				flags="-std=c99 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -fPIC -Iruntime -I$src"
				[ $vis = hidden ] && flags="$flags -fvisibility=hidden"
				okb=1
				rt=$lib
				[ $how = source ] && rt=runtime/cwith.c
				for f in a b; do
					# shellcheck disable=SC2086
					$cc $flags -shared "$T/$f.c" $rt -o "$d/lib$f.so" -pthread >>"$T/log" 2>&1 || okb=0
				done
				if [ $load = linked ]; then
					# shellcheck disable=SC2086
					$cc -std=c99 -O2 -Iruntime -I$src $src/main.c -L"$d" -la -lb \
						-Wl,-rpath,"$d" -o "$d/main" >>"$T/log" 2>&1 || okb=0
				else
					$cc -std=c99 -O2 -rdynamic "$T/dl.c" -ldl -o "$d/main" >>"$T/log" 2>&1 || okb=0
				fi
				if [ $okb = 0 ]; then bad "$label: build"; continue; fi
				(cd "$d" && timeout 10 ./main >"$d/out" 2>>"$T/log")
				st=$?
				if diff -u $src/expected.out "$d/out" >>"$T/log" && [ $st = 0 ]; then
					ok "$label"
				else
					echo "exit status $st" >>"$T/log"; bad "$label"
				fi
			done
		done
	done
done
