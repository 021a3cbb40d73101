#!/bin/sh
# Build and run the runtime selftest with every available compiler.
# Usage: runtime/selftest.sh     (exits non-zero on any failure)
set -u
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/cwith-selftest.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

STRICT="-std=c99 -pedantic -Wall -Wextra -Werror"
POSIX="-D_POSIX_C_SOURCE=200809L"
fails=0
n=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# build CC FLAGS... ; then run it and the two failing-enter child modes
run() {
    cc=$1; shift
    n=$((n + 1)); exe=./st$n
    if ! $cc "$@" -I"$here" -o $exe "$here/cwith.c" "$here/selftest.c" -pthread; then
        fail "$cc $*: build"; return
    fi
    out=$($exe 2>&1) || { echo "$out"; fail "$cc $*: run"; return; }
    case $out in *"selftest ok"*) ;; *) echo "$out"; fail "$cc $*: output"; return ;; esac
    # child modes: works even where the selftest cannot fork (no POSIX)
    err=$($exe fail 2>&1 >/dev/null); rc=$?
    [ $rc -eq 1 ] && [ "$err" = "demo.cw:12: error: with-item 'fopen' failed to enter: No such file or directory" ] \
        || fail "$cc $*: 'fail' mode rc=$rc: $err"
    err=$($exe fail0 2>&1 >/dev/null); rc=$?
    [ $rc -eq 1 ] && [ "$err" = "demo.cw:3: error: with-item 'ignored' failed to enter" ] \
        || fail "$cc $*: 'fail0' mode rc=$rc: $err"
    echo "ok   $cc $* ($(echo "$out" | grep groups:))"
}

# The header alone: CWITH_HAVE_POSIX must be $HDR_WANT ("any": just
# consistent), and when set, the enter functions must really be declared
# (-Werror turns an implicit declaration into an error).
header() {
    cc=$1; shift
    n=$((n + 1))
    cat > h$n.c <<EOT
$HDR_PRE
#include "cwith.h"
int main(void)
{
#if CWITH_HAVE_POSIX
    void *fns[6];
    fns[0] = (void *)&fdopen;     fns[1] = (void *)&open_memstream;
    fns[2] = (void *)&strndup;    fns[3] = (void *)&fdopendir;
    fns[4] = (void *)&openat;     fns[5] = (void *)&mutex_locked;
    (void)fns;
#endif
    return CWITH_HAVE_POSIX;
}
EOT
    # (object pointers from function pointers: not ISO, so no -pedantic here)
    flags=$(echo "$*" | sed 's/-pedantic//')
    if $cc $flags -I"$here" -o h$n h$n.c "$here/cwith.c" -pthread; then
        ./h$n; got=$?
        if [ "$HDR_WANT" != any ] && [ "$got" -ne "$HDR_WANT" ]; then
            fail "$cc $* [$HDR_PRE]: CWITH_HAVE_POSIX=$got, want $HDR_WANT"
        else echo "ok   header $cc $* [$HDR_PRE] posix=$got"; fi
    else
        fail "$cc $* [$HDR_PRE]: header build"
    fi
    # and the header itself is clean with the full flags (-pedantic)
    printf '%s\n' "$HDR_PRE" '#include "cwith.h"' > p$n.c
    $cc "$@" -I"$here" -c -o p$n.o p$n.c || fail "$cc $* [$HDR_PRE]: header with $*"
}

for cc in gcc clang tcc; do
    command -v $cc >/dev/null 2>&1 || { echo "skip $cc (not installed)"; continue; }
    case $cc in tcc) opts="-O0" ;; *) opts="-O0 -O2" ;; esac
    for o in $opts; do
        run $cc $o $STRICT $POSIX
        run $cc $o $STRICT                        # no POSIX: groups absent
        run $cc $o $STRICT -D_GNU_SOURCE
        run $cc $o -std=c11 -pedantic -Wall -Wextra -Werror $POSIX
    done
    # C11 threads (opt-in); glibc >= 2.28
    if [ -e /usr/include/threads.h ] && [ $cc != tcc ]; then
        run $cc -O2 -std=c11 -pedantic -Wall -Wextra -Werror $POSIX -DCWITH_C11_THREADS
    fi
    # header alone, with and without feature macros, and a late define
    # tcc never defines __STRICT_ANSI__, so glibc shows POSIX anyway
    strict0=0; [ $cc = tcc ] && strict0=any
    HDR_PRE=''                                     HDR_WANT=$strict0 header $cc $STRICT
    HDR_PRE=''                                     HDR_WANT=$strict0 header $cc -std=c11 -pedantic -Wall -Wextra -Werror
    HDR_PRE='#define _XOPEN_SOURCE 700'            HDR_WANT=1 header $cc $STRICT
    HDR_PRE='#include <stdio.h>
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L'                   HDR_WANT=$strict0 header $cc $STRICT
    HDR_PRE='#define CWITH_NO_POSIX'               HDR_WANT=0 header $cc $STRICT $POSIX
    HDR_PRE=''                                     HDR_WANT=1 header $cc -Wall -Wextra -Werror  # gnu mode
done

# leaks / misuse: exits must free what enters allocated
for cc in gcc clang; do
    command -v $cc >/dev/null 2>&1 || continue
    if echo 'int main(void){return 0;}' | $cc -fsanitize=address,undefined -x c -o san_probe - 2>/dev/null && ./san_probe; then
        run $cc -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer $STRICT $POSIX
    else
        echo "skip $cc sanitizers (unavailable)"
    fi
done

if [ $fails -ne 0 ]; then echo "selftest.sh: $fails failure(s)"; exit 1; fi
echo "selftest.sh: all passed"
