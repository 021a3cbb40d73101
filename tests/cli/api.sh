# The in-process API (translate.h): each translation keeps its state to
# itself. tests/api/api-test.c translates each input once, twice in a row
# and twice at once in two threads (under ThreadSanitizer with clang); all
# must agree with each other and with the cwith command, for translations
# and for rejected inputs alike. Also: the translator's own objects hold no
# writable static data.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/api: $1"; }
bad() { echo "[FAIL] cli/api: $1"; sed 's/^/    /' "$T/log" | head -30; }

srcs="translate.c util.c diag.c lexer/filter.c parser/tree.c codegen/analyze.c
      codegen/macros.c codegen/rettype.c codegen/codegen.c lexer/lexer.c build/parser.c"
inputs="tests/exec/*.cw tests/golden/*.cw tests/errors/*.cw examples/*.cw"

check_inputs() { # API-TEST-BINARY LABEL
	local fails=0 f
	: >"$T/log"
	for f in $inputs; do
		"$CWITH" "$f" -o "$T/cli.c" 2>"$T/cli.err"; local st_cli=$?
		"$1" "$f" "$T/api.c" 2>"$T/api.err"; local st_api=$?
		if [ $st_cli = 0 ]; then
			[ $st_api = 0 ] && cmp -s "$T/cli.c" "$T/api.c" || { echo "$f: differs ($st_api)" >>"$T/log"; fails=$((fails + 1)); }
		else
			# rejected: same diagnostics, and every run agreed (status 0)
			[ $st_api = 0 ] && cmp -s "$T/cli.err" "$T/api.err" || { echo "$f: diagnostics differ ($st_api)" >>"$T/log"; cat "$T/api.err" >>"$T/log"; fails=$((fails + 1)); }
		fi
	done
	if [ $fails = 0 ]; then ok "$2: $(echo $inputs | wc -w) inputs alone, twice in a row, twice at once"; else bad "$2"; fi
}

# shellcheck disable=SC2086
if gcc -std=c11 -O1 -g -D_POSIX_C_SOURCE=200809L -I. -Ibuild -Iparser -pthread tests/api/api-test.c $srcs \
	-o "$T/api-gcc" >"$T/log" 2>&1; then
	check_inputs "$T/api-gcc" "gcc"
else
	bad "gcc: build"
fi
if command -v clang >/dev/null; then
	# shellcheck disable=SC2086
	if clang -std=c11 -O1 -g -fsanitize=thread -D_POSIX_C_SOURCE=200809L -I. -Ibuild -Iparser -pthread \
		tests/api/api-test.c $srcs -o "$T/api-tsan" >"$T/log" 2>&1; then
		TSAN_OPTIONS=halt_on_error=1 check_inputs "$T/api-tsan" "clang -fsanitize=thread"
	else
		bad "clang -fsanitize=thread: build"
	fi
fi

# No writable static data of ours: nm shows data (d/D) or bss (b/B) symbols
# only in the parser that bison generates, and in main.c the two that its
# SIGBUS handler reads (the command's, not the translator's).
: >"$T/log"
for s in translate.c util.c diag.c lexer/lexer.c lexer/filter.c parser/tree.c codegen/analyze.c codegen/macros.c \
         codegen/rettype.c codegen/codegen.c main.c wrapper.c; do
	gcc -std=c11 -O2 -fPIE -D_POSIX_C_SOURCE=200809L -I. -Ibuild -Iparser -c "$s" -o "$T/obj.o" 2>>"$T/log" &&
	nm "$T/obj.o" | awk -v f="$s" '$2 ~ /^[bBdDcC]$/ && !(f == "main.c" && $3 ~ /^(mapped_name|temporary)$/) { print f ": " $0; n++ } END { exit n > 0 }' >>"$T/log"
done
if [ -s "$T/log" ]; then bad "writable static data in the translator's own objects"; else ok "no writable static data in the translator's own objects"; fi
