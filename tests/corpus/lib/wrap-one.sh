#!/usr/bin/env bash
# wrap-one.sh FILE.c -> one line:
#   PASS NAME wrappers=N enters=E exits=X via_exit=V   wrapped, translated, ran ok
#   SKIP NAME: reason            nothing to wrap / manager header clashes
#   REJECTED NAME: message       cwith refused the wrapped file with a
#                                documented rejection (expected)
#   FAIL NAME: reason
# Env: CWITH, CWITH_RT (runtime/ dir), CWITH_LIB (build/ dir), SEED;
#      WRAP_MODE: build-step (default: cwith F -o T.c, then gcc T.c) or
#      wrapper (one command, cwith gcc --cwith-c F: the macros of the
#      program and of cw-manager.h are expanded before translation).
here=$(cd "$(dirname "$0")" && pwd)
f=$1; b=$(basename "$f" .c); d=$(dirname "$f")
w=$(mktemp -d "${TMPDIR:-/tmp}/cww.XXXXXX"); trap 'rm -rf "$w"' EXIT
CC=(gcc -O0 -w -I"$d" -I"$CWITH_RT" -include "$here/cw-manager.h")
LD=(-L"$CWITH_LIB" -lcwith -lm -Wl,--wrap=exit)
mkdir "$w/src"
stat=$(python3 "$here/../wrap.py" --seed "${SEED:-1}" "$f" "$w/src/$b.c") || {
  echo "FAIL $b.c: wrap.py crashed"; exit 0; }
n=$(sed -n 's/^wrappers=\([0-9]*\).*/\1/p' <<<"$stat")
if [ "${n:-0}" = 0 ]; then echo "SKIP $b.c: no wrappable run ($stat)"; exit 0; fi
# documented rejections (README "Rejected"); anything else is a failure
rejected="error: (goto .*into|'(case|default)' label inside a with-statement|computed goto inside|asm goto inside|(break|continue) inside .*macro|address of a label|.*&&|cannot tell the return type|may leave the with-statement|the macro '[^']*' (may leave|holds a|is not one whole)|in a macro's argument)"
if [ "${WRAP_MODE:-build-step}" = wrapper ]; then
  if ! timeout 120 "$CWITH" "${CC[@]}" --cwith-c "$w/src/$b.c" -o "$w/x" "${LD[@]}" 2>"$w/err"; then
    if grep -qE "$rejected" "$w/err"; then
      echo "REJECTED $b.c: $(grep -m1 error: "$w/err" | sed "s|$w/src/||")"; exit 0; fi
    if ! timeout 120 "${CC[@]}" "$f" -o "$w/base" "${LD[@]}" >/dev/null 2>&1; then
      echo "SKIP $b.c: does not compile with cw-manager.h force-included"; exit 0; fi
    cp "$w/src/$b.c" "${KEEP_DIR:-/tmp}/wrapfail-$b.c" 2>/dev/null
    echo "FAIL $b.c: cwith gcc: $(grep -m1 . "$w/err" | sed "s|$w/src/||")"; exit 0
  fi
elif ! "$CWITH" -include "$here/cw-manager.h" "$w/src/$b.c" -o "$w/t.c" 2>"$w/err"; then
  if grep -qE "$rejected" "$w/err"; then
    echo "REJECTED $b.c: $(grep -m1 error: "$w/err" | sed "s|$w/src/||")"
  else
    cp "$w/src/$b.c" "${KEEP_DIR:-/tmp}/wrapfail-$b.c" 2>/dev/null
    echo "FAIL $b.c: cwith: $(grep -m1 . "$w/err" | sed "s|$w/src/||")"
  fi
  exit 0
elif ! timeout 120 "${CC[@]}" "$w/t.c" -o "$w/x" "${LD[@]}" 2>"$w/err"; then
  # baseline: does the unwrapped program build with the header force-included?
  if ! timeout 120 "${CC[@]}" "$f" -o "$w/base" "${LD[@]}" >/dev/null 2>&1; then
    echo "SKIP $b.c: does not compile with cw-manager.h force-included"; exit 0; fi
  cp "$w/src/$b.c" "${KEEP_DIR:-/tmp}/wrapfail-$b.c" 2>/dev/null
  echo "FAIL $b.c: gcc: $(grep -m1 error "$w/err" | sed "s|$w/src/||")"; exit 0; fi
( cd "$w" && CW_REPORT="$w/report" timeout 10 ./x >/dev/null 2>"$w/err" </dev/null ); rc=$?
if [ $rc != 0 ]; then
  cp "$w/src/$b.c" "${KEEP_DIR:-/tmp}/wrapfail-$b.c" 2>/dev/null
  echo "FAIL $b.c: exit $rc $(head -c 100 "$w/err")"; exit 0; fi
read -r en ex ve < <(tail -1 "$w/report" 2>/dev/null)
echo "PASS $b.c wrappers=$n enters=${en:-?} exits=${ex:-?} via_exit=${ve:-?}"
