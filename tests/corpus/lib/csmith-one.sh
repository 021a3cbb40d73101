#!/usr/bin/env bash
# csmith-one.sh seedN.c -> PASS/FAIL line; the checksum must equal seedN.expected
f=$1; b=$(basename "$f" .c); exp=${f%.c}.expected
w=$(mktemp -d "${TMPDIR:-/tmp}/cwc.XXXXXX"); trap 'rm -rf "$w"' EXIT
if ! "$CWITH" "$f" -o "$w/t.c" 2>"$w/err"; then echo "FAIL $b.c: cwith: $(head -1 "$w/err")"; exit 0; fi
if ! timeout 300 gcc -O0 -w -I/usr/include/csmith "$w/t.c" -o "$w/x" 2>"$w/err"; then
  echo "FAIL $b.c: gcc: $(grep -m1 error "$w/err")"; exit 0; fi
( cd "$w" && timeout 20 ./x >"$w/out" 2>/dev/null </dev/null ); rc=$?
if [ $rc != 0 ]; then echo "FAIL $b.c: exit $rc"
elif cmp -s "$w/out" "$exp"; then echo "PASS $b.c"
else echo "FAIL $b.c: output $(head -c 60 "$w/out") expected $(head -c 60 "$exp")"; fi
