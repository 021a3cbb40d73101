#!/usr/bin/env bash
# tests/corpus/run.sh -- third-party C corpora through cwith (make check-corpus)
#
#   bash tests/corpus/run.sh                  # full run (default; ~6 min on 2 cores)
#   CORPUS_SUBSET=1 bash tests/corpus/run.sh  # fixed CI subset (~1.5 min)
#   ONLY="passthrough torture" bash tests/corpus/run.sh   # some parts only
#
# Parts (see tests/corpus/README.md):
#   passthrough  every file of every corpus: `cwith --no-line F` == F
#   torture      torture/ok.txt programs translated (#line on), gcc -O0 -w, run, exit 0
#   csmith       csmith programs translated, checksum == seedN.expected
#   big          sqlite3 shell from translated sqlite3.c + shell.c answers
#                `select sqlite_version(), 6*7;` with 3.40.1|42; (full run
#                only) big csmith programs 1001/1003 print their checksum
#   lua          Lua 5.4.4 from translated src/*.c and *.h, runs lib/lua-test.lua
#   diag         gcc errors in translated broken copies point at FILE.c:LINE
#   wrap         wrap.py puts with-statements into torture programs (counting
#                manager lib/cw-manager.h): same behaviour, enters == exits
#   wrapper      the compiler-wrapper mode: the sqlite3 shell and Lua built
#                with every file through `cwith gcc --cwith-c` answer as the
#                plain builds do
#   wrap-cc      the wrap check with the wrapped programs built by
#                `cwith gcc --cwith-c` (macros expanded before translation)
# Subset (CORPUS_SUBSET=1): all passthrough, every 5th torture program, the
# first 10 csmith seeds, sqlite, lua, diag, wrapper, wrapping of every 8th
# torture program (198), in both modes.  Output: one summary line per part, then `N passed, N failed`.
# Exit status 1 if anything failed.  Logs: build/corpus/PART.log.
# Env: CORPUS (default ~/.cache/c-corpus), JOBS (default 2), SEED (wrap.py, 1),
#      CWITH (default build/cwith).
set -uo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/tests/corpus
CORPUS=${CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/c-corpus}
JOBS=${JOBS:-2}
SUBSET=${CORPUS_SUBSET:-0}
ONLY=${ONLY:-passthrough torture csmith big lua diag wrap wrapper wrap-cc}
export CWITH=${CWITH:-$ROOT/build/cwith} CWITH_RT=$ROOT/runtime CWITH_LIB=$ROOT/build
export SEED=${SEED:-1}
LOG=$ROOT/build/corpus
mkdir -p "$LOG"
export KEEP_DIR=$LOG/kept    # wrapped files that failed, kept for inspection
rm -rf "$KEEP_DIR"; mkdir -p "$KEEP_DIR"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cwith-corpus.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export TMPDIR=$WORK

# ---- the corpus: build it when missing (our copy of make-corpus.sh: in CI the
# repository is cloned alone; it installs Debian packages, so it needs root)
if [ ! -e "$CORPUS/torture/ok.txt" ] || [ ! -e "$CORPUS/cleanup/results.tsv" ] \
   || [ ! -e "$CORPUS/big/SIZES.txt" ] || [ ! -e "$CORPUS/lua-5.4.4/src/lua.c" ] \
   || [ ! -e "$CORPUS/csmith/seeds.txt" ]; then
  echo "corpus missing at $CORPUS: building it (tests/corpus/make-corpus.sh)"
  CORPUS=$CORPUS bash "$HERE/make-corpus.sh" || { echo "corpus build failed"; echo "0 passed, 1 failed"; exit 1; }
fi
make -s -C "$ROOT" build/cwith build/libcwith.a || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
# snapshot the translator and runtime: a concurrent `make` in the tree must
# not swap them under the running checks
mkdir -p "$WORK/bin"
cp "$CWITH" "$WORK/bin/cwith" && cp "$ROOT/build/libcwith.a" "$WORK/bin/" || exit 1
export CWITH=$WORK/bin/cwith CWITH_LIB=$WORK/bin

TOTAL_P=0; TOTAL_F=0
want() { case " $ONLY " in *" $1 "*) return 0;; esac; return 1; }
# summarize NAME LOGFILE SECONDS [extra]: count PASS/FAIL lines (SKIP and
# REJECTED lines are neither), print the summary line and the first failures
summarize() {
  local name=$1 log=$2 secs=$3 extra=${4:-} p f
  p=$(grep -c '^PASS' "$log"); f=$(grep -c '^FAIL' "$log")
  printf '%-22s %5d passed, %3d failed, %5d total  (%ds)%s\n' "$name:" "$p" "$f" $((p + f)) "$secs" "$extra"
  grep '^FAIL' "$log" | head -10 | sed 's/^/    /'
  TOTAL_P=$((TOTAL_P + p)); TOTAL_F=$((TOTAL_F + f))
}
now() { date +%s; }

# ------------------------------------------------------------- passthrough
if want passthrough; then
  for c in torture cleanup big csmith lua-5.4.4; do
    t0=$(now)
    find "$CORPUS/$c" -type f | sort | xargs -P "$JOBS" -n 50 bash "$HERE/lib/pass-one.sh" \
      > "$LOG/passthrough-$c.log"
    summarize "passthrough $c" "$LOG/passthrough-$c.log" $(($(now) - t0))
  done
fi

# ----------------------------------------------------------------- torture
if want torture; then
  t0=$(now)
  if [ "$SUBSET" = 1 ]; then pick() { awk 'NR % 5 == 1'; }; else pick() { cat; }; fi
  pick < "$CORPUS/torture/ok.txt" | sed "s|^|$CORPUS/torture/|" \
    | xargs -P "$JOBS" -n 1 bash "$HERE/lib/torture-one.sh" | sort -k2 > "$LOG/torture.log"
  summarize "torture (run)" "$LOG/torture.log" $(($(now) - t0))
fi

# ------------------------------------------------------------------ csmith
if want csmith; then
  t0=$(now)
  if [ "$SUBSET" = 1 ]; then pick() { head -10; }; else pick() { cat; }; fi
  pick < "$CORPUS/csmith/seeds.txt" | sed "s|.*|$CORPUS/csmith/seed&.c|" \
    | xargs -P "$JOBS" -n 1 bash "$HERE/lib/csmith-one.sh" | sort -k2 > "$LOG/csmith.log"
  summarize "csmith (checksum)" "$LOG/csmith.log" $(($(now) - t0))
fi

# --------------------------------------------------------------------- big
if want big; then
  t0=$(now)
  {
    d=$WORK/sqlite; mkdir -p "$d"
    cp "$CORPUS/big/sqlite3.h" "$CORPUS/big/sqlite3ext.h" "$d/"
    if "$CWITH" "$CORPUS/big/sqlite3.c" -o "$d/sqlite3.c" && "$CWITH" "$CORPUS/big/shell.c" -o "$d/shell.c" \
       && (cd "$d" && gcc -w shell.c sqlite3.c -lpthread -ldl -lm -o sq) 2>"$d/err"; then
      got=$(cd "$d" && echo 'select sqlite_version(), 6*7;' | ./sq 2>&1)
      if [ "$got" = "3.40.1|42" ]; then echo "PASS sqlite3 shell"; else echo "FAIL sqlite3 shell: printed '$got'"; fi
    else echo "FAIL sqlite3 shell: translation or build failed: $(grep -m1 error "$d/err")"; fi
    if [ "$SUBSET" != 1 ]; then
      for s in 1001 1003; do
        CSMITH_SRC=$CORPUS/big/csmith-big-$s.c
        [ -e "$CORPUS/big/csmith-big-$s.expected" ] && bash "$HERE/lib/csmith-one.sh" "$CSMITH_SRC"
      done
    fi
  } > "$LOG/big.log"
  summarize "big (sqlite, csmith)" "$LOG/big.log" $(($(now) - t0))
fi

# --------------------------------------------------------------------- lua
if want lua; then
  t0=$(now)
  {
    d=$WORK/lua; cp -r "$CORPUS/lua-5.4.4" "$d"
    ok=1
    for f in "$CORPUS"/lua-5.4.4/src/*.c "$CORPUS"/lua-5.4.4/src/*.h; do
      "$CWITH" "$f" -o "$d/src/$(basename "$f")" || { ok=0; echo "FAIL lua: cwith $f"; }
    done
    # `linux` is linux-noreadline in Lua 5.4.4's src/Makefile: no readline needed
    if [ $ok = 1 ] && make -s -j"$JOBS" -C "$d/src" linux >"$d/build.log" 2>&1; then
      if "$d/src/lua" "$HERE/lib/lua-test.lua" 2>&1 | cmp -s - "$HERE/lib/lua-test.expected"; then
        echo "PASS lua-5.4.4 script"
      else echo "FAIL lua-5.4.4 script: output differs from lib/lua-test.expected"; fi
    elif [ $ok = 1 ]; then echo "FAIL lua-5.4.4: make failed: $(grep -m1 error "$d/build.log")"; fi
  } > "$LOG/lua.log"
  summarize "lua (build, run)" "$LOG/lua.log" $(($(now) - t0))
fi

# -------------------------------------------------------------------- diag
if want diag; then
  t0=$(now)
  T=$CORPUS/torture; L=$CORPUS/lua-5.4.4/src
  # CRLF, no final newline, 0xFF byte, UTF-8, `as` as identifier, plain ones, Lua
  python3 "$HERE/lib/diag.py" "$WORK/diag" \
    "$T/20190820-1.c" "$T/pr37780.c" "$T/bitfld-8.c" "$T/20000227-1.c" "$T/wchar_t-1.c" \
    "$T/20071018-1.c" "$T/20180921-1.c" "$T/pr58277-1.c" "$T/loop-2.c" "$L/lapi.c" "$L/lvm.c" \
    --wrap "$T/20190820-1.c" "$T/pr37780.c" "$T/20071018-1.c" "$T/20000112-1.c" \
    "$T/pr58277-1.c" "$T/loop-2.c" "$L/lapi.c" "$L/lvm.c" > "$LOG/diag.log" 2>&1
  summarize "diag (#line)" "$LOG/diag.log" $(($(now) - t0))
fi

# -------------------------------------------------------------------- wrap
# wrap_part NAME MODE: wrap-one.sh on the torture programs (MODE build-step:
# cwith F -o F.c, then gcc; wrapper: cwith gcc --cwith-c F)
wrap_part() {
  local name=$1 extra
  t0=$(now)
  if [ "$SUBSET" = 1 ]; then pick() { awk 'NR % 8 == 1'; }; else pick() { cat; }; fi
  pick < "$CORPUS/torture/ok.txt" | sed "s|^|$CORPUS/torture/|" \
    | WRAP_MODE=$2 xargs -P "$JOBS" -n 1 bash "$HERE/lib/wrap-one.sh" | sort -k2 > "$LOG/$name.log"
  extra=$(awk '
    /^PASS/ { for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
              w += v["wrappers"]; progs++
              if (v["enters"] > 0) ran++
              if (v["enters"] > 0 && v["enters"] == v["exits"]) bal++
              if (v["enters"] != v["exits"]) viaexit++ }
    /^SKIP/ { skip++ } /^REJECTED/ { rej++ }
    END { printf "\n    %d wrappers in %d programs; %d executed a wrapper, %d of them with enters == exits at the end, %d left through exit() inside a wrapper (accepted); %d skipped (nothing wrappable or header clash); %d rejected (expected)", w, progs, ran, bal, viaexit, skip + 0, rej + 0 }' "$LOG/$name.log")
  summarize "$name (with inserted)" "$LOG/$name.log" $(($(now) - t0)) "$extra"
}
want wrap && wrap_part wrap build-step

# ----------------------------------------------------------------- wrapper
# Every file through the compiler wrapper: --cwith-c makes each .c file a
# cwith source (preprocessed by gcc, translated, compiled as preprocessed
# input); the programs must answer as the plain builds do.
if want wrapper; then
  t0=$(now)
  {
    d=$WORK/sqlite-wrapper; mkdir -p "$d"
    cp "$CORPUS/big/sqlite3.c" "$CORPUS/big/shell.c" "$CORPUS/big/sqlite3.h" "$CORPUS/big/sqlite3ext.h" "$d/"
    if (cd "$d" && "$CWITH" gcc --cwith-c -w shell.c sqlite3.c -lpthread -ldl -lm -o sq) 2>"$d/err"; then
      got=$(cd "$d" && echo 'select sqlite_version(), 6*7;' | ./sq 2>&1)
      if [ "$got" = "3.40.1|42" ]; then echo "PASS sqlite3 shell (cwith gcc)"; else echo "FAIL sqlite3 shell (cwith gcc): printed '$got'"; fi
    else echo "FAIL sqlite3 shell (cwith gcc): build failed: $(grep -m1 error "$d/err")"; fi
    d=$WORK/lua-wrapper; cp -r "$CORPUS/lua-5.4.4" "$d"
    # Lua's own makefile, its CC replaced (gcc -std=gnu99 there)
    if make -s -j"$JOBS" -C "$d/src" linux CC="$CWITH gcc --cwith-c -std=gnu99" >"$d/build.log" 2>&1; then
      if "$d/src/lua" "$HERE/lib/lua-test.lua" 2>&1 | cmp -s - "$HERE/lib/lua-test.expected"; then
        echo "PASS lua-5.4.4 script (cwith gcc)"
      else echo "FAIL lua-5.4.4 script (cwith gcc): output differs from lib/lua-test.expected"; fi
    else echo "FAIL lua-5.4.4 (cwith gcc): make failed: $(grep -m1 error "$d/build.log")"; fi
  } > "$LOG/wrapper.log"
  summarize "wrapper (sqlite, lua)" "$LOG/wrapper.log" $(($(now) - t0))
fi

want wrap-cc && wrap_part wrap-cc wrapper

echo "$TOTAL_P passed, $TOTAL_F failed"
[ "$TOTAL_F" = 0 ]
