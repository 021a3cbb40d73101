# Generated code must not make a compiler warn where the equivalent
# hand-written code would not: tests/warnings/*.cw (shapes of real code,
# written warning-free) and the examples are translated and compiled with
# gcc's strict set and clang -Weverything, -Werror, at -O0 and -O2.
# clang flag left out: -Wpadded (the layout of cwith_error, not code).
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/warnings: $1"; }
bad() { echo "[FAIL] cli/warnings: $1"; sed 's/^/    /' "$T/log" | cut -c1-200 | head -20; }

GCC_WARN="-std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wcast-qual
  -Wstrict-prototypes -Wmissing-prototypes -Wjump-misses-init -Wclobbered
  -Wdeclaration-after-statement -Werror"
CLANG_WARN="-std=c99 -Weverything -Wno-padded -Werror"
# gnu-*.cw: GNU C, so -std=gnu99 and no -Wpedantic; clang's
# -Wgnu-statement-expression flags the hand-written equivalent too
GNU_GCC_WARN=$(echo "$GCC_WARN" | sed 's/-std=c99/-std=gnu99/; s/-Wpedantic//')
GNU_CLANG_WARN="-std=gnu99 -Weverything -Wno-padded -Wno-gnu-statement-expression -Werror"
for cw in tests/warnings/*.cw; do
	name=$(basename "$cw" .cw)
	if ! "$CWITH" "$cw" -o "$T/$name.c" 2>"$T/log"; then bad "$name: translate"; continue; fi
	for cc in gcc clang; do
		command -v $cc >/dev/null || continue
		case $name in gnu-nested-*) [ $cc = clang ] && continue ;; esac
		flags=$GCC_WARN
		[ $cc = clang ] && flags=$CLANG_WARN
		case $name in gnu-*)
			flags=$GNU_GCC_WARN
			[ $cc = clang ] && flags=$GNU_CLANG_WARN ;;
		esac
		for opt in -O0 -O2; do
			# shellcheck disable=SC2086
			if $cc $flags $opt -D_POSIX_C_SOURCE=200809L -Iruntime -c "$T/$name.c" \
				-o "$T/$name.o" >"$T/log" 2>&1; then
				ok "$name ($cc $opt)"
			else
				bad "$name ($cc $opt)"
			fi
		done
	done
done
