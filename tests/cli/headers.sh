# Build step: the #defines of `#include "..."` headers. cwith reads the
# headers found next to the including file (the .cw file, or for a nested
# include the header that includes it) or in the -I directories given to
# it, and refuses a with body that uses one of their macros that can leave
# it. Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/headers: $1"; }
bad() { echo "[FAIL] cli/headers: $1"; shift; for l in "$@"; do echo "    $l"; done; }
check() { # DESCRIPTION COMMAND... : passes when the command succeeds
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else bad "$what" "$(cat "$T/check.out")" "stderr: $(head -c 2000 "$T/e")"; fi
}
run() { # ARGS...: cwith with a time limit; status in $st, stderr in $T/e
	timeout 20 "$CWITH" "$@" -o "$T/out.c" >"$T/o" 2>"$T/e"; st=$?
}

mkdir -p "$T/src/sub" "$T/inc/deep" "$T/safe" "$T/src2" "$T/inc2/deep"
# a with body that uses CHECK (body) and $2 (the header included)
use() { # FILE HEADER-INCLUDE-LINE [LINES BEFORE IT]
	printf '#include <stdio.h>\n%s\n%s\n#include "cwith.h"\nint first_byte(const char *path)\n{\n    int c = 0;\n    with (fopen(path, "r") as f) {\n        c = fgetc(f);\n        CHECK(c != EOF);\n    }\n    return c;\n}\n' \
		"${3:-}" "$2" >"$1"
}
printf '#ifndef CHECK_H\n#define CHECK_H\n#define CHECK(x) do { if (!(x)) return -1; } while (0)\n#endif\n' >"$T/inc/check.h"
printf '#define CHECK(x) ((void)(x))\n' >"$T/safe/check.h"
use "$T/src/use.cw" '#include "check.h"'

# -I DIR, -IDIR, not found
run "$T/src/use.cw"
check "a header not found is skipped: translated (its macros are trusted)" test $st = 0 -a ! -s "$T/e"
run -I "$T/inc" "$T/src/use.cw"
check "-I DIR: a jump in the header's macro is refused (exit 1)" test $st = 1
check "-I DIR: the error names the macro at its use" grep -q "src/use.cw:10:9: error: the macro 'CHECK' may leave the with-statement" "$T/e"
check "-I DIR: the note points at the header's #define" grep -q "^$T/inc/check.h:3:9: note: 'CHECK' is defined here" "$T/e"
check "-I DIR: the note shows the header's line" grep -q "^    3 | #define CHECK(x) do" "$T/e"
cp "$T/e" "$T/e-sep"
run "-I$T/inc" "$T/src/use.cw"
check "-IDIR: the same diagnostics" cmp "$T/e" "$T/e-sep"
run -I "$T/inc/" "$T/src/use.cw"
check "-I DIR/: one slash in the header's name" grep -q "^$T/inc/check.h:3:9: note:" "$T/e"
run -I "$T/safe" -I "$T/inc" "$T/src/use.cw"
check "-I directories in order: the first one that has the header" test $st = 0
run -I "$T/inc" -I "$T/safe" "$T/src/use.cw"
check "-I directories in order: the other way round" test $st = 1
use "$T/src2/use.cw" '#include "check.h"'
cp "$T/safe/check.h" "$T/src2/check.h"
# (the output next to it: the compiler reads the header there first)
timeout 20 "$CWITH" -I "$T/inc" "$T/src2/use.cw" -o "$T/src2/use.c" >"$T/o" 2>"$T/e"; st=$?
check "a header next to the file comes before -I directories" test $st = 0
rm -f "$T/src2/use.c"
use "$T/src/angle.cw" '#include <check.h>'
run -I "$T/inc" "$T/src/angle.cw"
check "#include <...> is not read" test $st = 0 -a ! -s "$T/e"
(cd "$T/inc" && timeout 20 "$CWITH" <"$T/src/use.cw" >/dev/null 2>"$T/e"); st=$?
check "standard input: quoted includes are searched in the current directory" test $st = 1

# #if is not evaluated: every #define of a name before the function counts
use "$T/src/redef.cw" '#include "check.h"' ''
sed -i 's|^#include "check.h"$|&\n#undef CHECK\n#define CHECK(x) ((void)(x))|' "$T/src/redef.cw"
run -I "$T/inc" "$T/src/redef.cw"
check "a #define after the #include does not hide the header's jumping one" test $st = 1
use "$T/src/redef2.cw" '#include "check.h"' '#define CHECK(x) ((void)(x))'
run -I "$T/inc" "$T/src/redef2.cw"
check "a header's jumping #define after a harmless one counts" test $st = 1
use "$T/src/redef3.cw" '#include "check.h"' ''
sed -i 's|^int first_byte|#define CHECK2(x) ((void)(x))\n&|' "$T/src/redef3.cw"
printf '#define CHECK(x) ((void)(x))\n' >"$T/safe2.h"
use "$T/src/redef3.cw" '#include "check.h"' ''
run -I "$T/safe" "$T/src/redef3.cw"
check "harmless definitions only: translated" test $st = 0

# nested includes: searched next to the header that includes them
printf '#include "b.h"\n' >"$T/src/sub/a.h"
printf '#include "deep/c.h"\n#define STEP(x) NEXT_IF(x)\n' >"$T/src/sub/b.h"
printf '#define STEP(x) ((void)(x))\n' >"$T/src/b.h"              # next to the .cw: not this one
printf '/* c.h */\n#define NEXT_IF(c) if (c) continue\n' >"$T/inc2/deep/c.h"
printf '#include <stdlib.h>\n#include "sub/a.h"\nint f(int n)\n{\n    for (int i = 0; i < n; i++)\n        with (malloc(1) as p) {\n            STEP(i %% 2);\n        }\n    return 0;\n}\n' >"$T/src/nest.cw"
run "$T/src/nest.cw"
check "nested: c.h not found: translated" test $st = 0
run -I "$T/inc2" "$T/src/nest.cw"
check "nested: sub/a.h, then b.h next to it, then deep/c.h from -I: refused" test $st = 1
check "nested: the macro used is named" grep -q "nest.cw:7:13: error: the macro 'STEP' may leave the with-statement (it holds a continue)" "$T/e"
check "nested: the note is in the header next to a.h" grep -q "^$T/src/sub/b.h:2:9: note: 'STEP' is defined here" "$T/e"

# include cycles: with guards, without guards, a header including itself
printf '#ifndef GA\n#define GA\n#include "gb.h"\n#endif\n' >"$T/src/ga.h"
printf '#ifndef GB\n#define GB\n#include "ga.h"\n#define CHECK(x) if (!(x)) return -1\n#endif\n' >"$T/src/gb.h"
printf '#include "na.h"\n#include "nb.h"\n' >"$T/src/na.h"
printf '#include "na.h"\n#include "nb.h"\n#define CHECK(x) if (!(x)) goto out\n' >"$T/src/nb.h"
use "$T/src/guard.cw" '#include "ga.h"'
use "$T/src/noguard.cw" '#include "na.h"'
run "$T/src/guard.cw"
check "cycle with include guards: read once, the macro found" test $st = 1
run "$T/src/noguard.cw"
check "cycle without include guards: read once, the macro found" test $st = 1
check "cycle without include guards: its note" grep -q "^$T/src/nb.h:3:9: note: 'CHECK' is defined here" "$T/e"

# depth: a chain of 150 headers is followed; past 200 levels (gcc's limit)
# the rest is not read
mkdir -p "$T/chain"
for i in $(seq 0 299); do printf '#include "h%d.h"\n' $((i + 1)) >"$T/chain/h$i.h"; done
printf '#define CHECK(x) if (!(x)) return -1\n' >"$T/chain/h150.h"
use "$T/chain/short.cw" '#include "h0.h"'
run "$T/chain/short.cw"
check "a chain of 150 nested headers: the last one read" test $st = 1
printf '#include "h301.h"\n' >"$T/chain/h150.h"
printf '#define CHECK(x) if (!(x)) return -1\n' >"$T/chain/h300.h"
run "$T/chain/short.cw"
check "a chain of 300 nested headers: stops at the depth limit, translated" test $st = 0 -a ! -s "$T/e"

# headers that are not regular files, and headers that cannot be read
mkdir -p "$T/src/dir.h" "$T/inc3"
printf '#define CHECK(x) if (!(x)) return -1\n' >"$T/inc3/dir.h"
use "$T/src/dir.cw" '#include "dir.h"'
run -I "$T/inc3" "$T/src/dir.cw"
check "a directory named like the header is passed over, as cpp does" test $st = 1
use "$T/src/null.cw" '#include "/dev/null"'
run "$T/src/null.cw"
check "an absolute path to a device: not read, translated" test $st = 0 -a ! -s "$T/e"
ln -s loop.h "$T/src/loop.h"
use "$T/src/loop.cw" '#include "loop.h"'
run "$T/src/loop.cw"
check "a header that cannot be read (a symlink loop): exit 1" test $st = 1
check "a header that cannot be read: the error at the #include" grep -q "src/loop.cw:3:10: error: cannot read the header \"loop.h\" ($T/src/loop.h): Too many levels of symbolic links" "$T/e"
if [ "$(id -u)" != 0 ]; then
	printf '#define X 1\n' >"$T/src/secret.h"; chmod 000 "$T/src/secret.h"
	use "$T/src/secret.cw" '#include "secret.h"'
	run "$T/src/secret.cw"
	check "a header without read permission: exit 1" grep -q "cannot read the header \"secret.h\".*Permission denied" "$T/e"
	chmod 644 "$T/src/secret.h"
else
	echo "SKIP cli/headers: a header without read permission (running as root)"
fi

# a with-statement inside a header's macro: refused where it is used
printf '#define LOCKED(m) with (mutex_locked(m))\n#define LOCKED2(m) LOCKED(m)\n' >"$T/inc/locked.h"
printf '#include "cwith.h"\n#include "locked.h"\nvoid f(pthread_mutex_t *m, int *n)\n{\n    LOCKED2(m) ++*n;\n}\n' >"$T/src/locked.cw"
run -I "$T/inc" "$T/src/locked.cw"
check "a with-statement in a header's macro: exit 1" test $st = 1
check "a with-statement in a header's macro: the error at the use names the wrapper" grep -q "locked.cw:5:5: error: the macro 'LOCKED2' holds a with-statement.*compiler wrapper" "$T/e"
check "a with-statement in a header's macro: the note at the #define" grep -q "^$T/inc/locked.h:2:9: note:" "$T/e"
printf '#include "cwith.h"\n#include "locked.h"\nvoid f(int *n)\n{\n    ++*n;\n}\n' >"$T/src/unused.cw"
run -I "$T/inc" "$T/src/unused.cw"
check "a with-statement in a header's macro that is not used: translated" test $st = 0

# an #include inside a function body that holds no with-statement (the
# fast path skips such bodies) is followed too: its macros count after it
printf '#include "cwith.h"\nstatic int setup(void)\n{\n#include "check.h"\n    return 0;\n}\nint g(const char *p)\n{\n    with (fopen(p, "r") as f) {\n        CHECK(fgetc(f) != EOF);\n    }\n    return setup();\n}\n' >"$T/src/body-include.cw"
run -I "$T/inc" "$T/src/body-include.cw"
check "an #include in a with-free body is followed: the macro's return is refused" \
	grep -q "body-include.cw:10:9: error: the macro 'CHECK' may leave" "$T/e"
CWITH_NO_FAST_PATH=1 run -I "$T/inc" "$T/src/body-include.cw"
check "an #include in a with-free body: the same without the fast path" \
	grep -q "body-include.cw:10:9: error: the macro 'CHECK' may leave" "$T/e"

# other spellings of the include line gcc accepts
for spelling in '#include/**/"check.h"' '# include /* c */ "check.h"' '#include_next "check.h"' \
	'#import "check.h"' '   #  include "check.h"' '#\
include "check.h"'; do
	use "$T/src/spelling.cw" "$spelling"
	run -I "$T/inc" "$T/src/spelling.cw"
	check "the header of '$(echo "$spelling" | head -1)' is read: its macro is refused" test $st = 1
done

# the compiler reads the output, and its quoted includes next to it first:
# so does the build step (then next to the input, then -I)
mkdir -p "$T/outdir"
printf '#define CHECK(x) do { if (!(x)) return -1; } while (0)\n' >"$T/outdir/check.h"
use "$T/safe/near.cw" '#include "check.h"'
timeout 20 "$CWITH" "$T/safe/near.cw" -o "$T/outdir/near.c" >"$T/o" 2>"$T/e"; st=$?
check "-o in another directory: its header, the one the compiler reads, is refused" test $st = 1
timeout 20 "$CWITH" "$T/safe/near.cw" -o "$T/safe/near.c" >"$T/o" 2>"$T/e"; st=$?
check "-o next to the input: the harmless header there is read" test $st = 0
# ... then the -I directories, and only last next to the input (the
# compiler, reading outdir/near.c, never looks in safe/ unless told)
rm -f "$T/outdir/check.h"
timeout 20 "$CWITH" -I "$T/inc" "$T/safe/near.cw" -o "$T/outdir/near.c" >"$T/o" 2>"$T/e"; st=$?
check "-o in another directory: a -I header comes before the one next to the input" test $st = 1
rm -rf "$T/outdir" "$T/safe/near.c"
# a line splice in the header's name (the compiler joins it)
use "$T/src/splice.cw" '#include "che\
ck.h"'
run -I "$T/inc" "$T/src/splice.cw"
check "a line splice in the header's name: the header is read, its macro refused" test $st = 1

# the wrapper reads no header: it sees every macro expanded
if command -v gcc >/dev/null; then
	R=$(pwd)
	(cd "$T/src" && timeout 60 "$CWITH" gcc -I"$T/inc" -I"$R/runtime" -c use.cw -o "$T/use.o") >"$T/e" 2>&1; st=$?
	check "wrapper: the header's jump is expanded and gets its exits" test $st = 0 -a -s "$T/use.o"
fi

# the options
"$CWITH" --help >"$T/help"
check "--help lists -I" grep -q -- "-I DIR" "$T/help"
"$CWITH" "$T/src/use.cw" -I >"$T/o" 2>"$T/e"; st=$?
check "-I without a directory: exit 2" test $st = 2
check "-I without a directory: message" grep -q "option '-I' needs a directory" "$T/e"
