#!/usr/bin/env bash
# torture-one.sh FILE.c -> "PASS FILE" or "FAIL FILE: reason"
# Translates with #line on, compiles like torture/ok.txt (gcc -O0 -w -lm), runs.
f=$1; b=$(basename "$f" .c)
w=$(mktemp -d "${TMPDIR:-/tmp}/cwt.XXXXXX"); trap 'rm -rf "$w"' EXIT
if ! "$CWITH" "$f" -o "$w/t.c" 2>"$w/err"; then echo "FAIL $b.c: cwith: $(head -1 "$w/err")"; exit 0; fi
# the included headers (e.g. torture .h files) are found beside the original
if ! timeout 120 gcc -O0 -w -I"$(dirname "$f")" "$w/t.c" -o "$w/x" -lm 2>"$w/err"; then
  echo "FAIL $b.c: gcc: $(grep -m1 error "$w/err")"; exit 0; fi
( cd "$w" && timeout 10 ./x >/dev/null 2>&1 </dev/null ); rc=$?
if [ $rc = 0 ]; then echo "PASS $b.c"; else echo "FAIL $b.c: exit $rc"; fi
