#!/usr/bin/env bash
# pass-one.sh FILE... -> PASS/FAIL per file: cwith --no-line FILE == FILE byte for byte
for f; do
  if "$CWITH" --no-line "$f" 2>/dev/null | cmp -s - "$f"; then echo "PASS $f"
  else echo "FAIL $f: output differs (or cwith failed)"; fi
done
