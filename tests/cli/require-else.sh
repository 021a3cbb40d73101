# --require-else (issue 13 point 6): in library code a failed enter must not
# end the process, so every with-statement must have an else (catch_error,
# whose enter cannot fail, excepted). Build step and wrapper mode; without
# the option nothing changes.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/require-else: $1"; }
bad() { echo "[FAIL] cli/require-else: $1"; sed 's/^/    /' "$T/log" | cut -c1-200 | head -10; }

cat >"$T/lib.cw" <<'EOT'
#include <stdio.h>
#include "cwith.h"

int count_lines(const char *path)
{
    int n = 0, c;
    cwith_error e;
    with (catch_error(&e)) {
        with (fopen(path, "r") as f) {
            while ((c = getc(f)) != EOF) n += c == '\n';
        } else
            return -1;
    }
    with (fopen(path, "r") as g)
        (void)g;
    return n;
}
EOT

if "$CWITH" "$T/lib.cw" -o "$T/lib.c" 2>"$T/log"; then
	ok "without the option: translated"
else
	bad "without the option"
fi

"$CWITH" --require-else "$T/lib.cw" -o "$T/lib2.c" 2>"$T/log"; rc=$?
if [ $rc = 1 ] && [ ! -e "$T/lib2.c" ] &&
   grep -q "lib.cw:14:5: error: with-statement without 'else'" "$T/log" &&
   [ "$(grep -c 'error:' "$T/log")" = 1 ]; then
	ok "--require-else: one error, at the with-statement without else (catch_error and the one with else pass)"
else
	bad "--require-else (exit $rc)"
fi

if (cd "$T" && "$CWITH" gcc --cwith-require-else -I"$OLDPWD/runtime" -c lib.cw -o lib.o) 2>"$T/log"; then
	bad "wrapper --cwith-require-else: compiled"
elif grep -q "lib.cw:14:5: error: with-statement without 'else'" "$T/log"; then
	ok "wrapper mode: --cwith-require-else refuses it too"
else
	bad "wrapper --cwith-require-else: wrong message"
fi
