#!/usr/bin/env bash
# bench/run.sh - `make bench`: how fast cwith is, and what its output costs.
# Method and latest figures: bench/README.md.
#
#   Part A  translator: wall time (hyperfine, minimum) of cwith, `gcc -E -P`
#           and `cat` on the same files, MB/s, peak RSS; linearity 1->100 MB.
#   Part B  generated code: callgrind instruction counts and wall time of
#           micro-benchmarks, cwith vs hand-written goto-cleanup vs
#           __attribute__((cleanup)), at -O2 with gcc (and clang).
#   Part S  hostile shapes (bench/shapes.py): one function with many
#           with-statements, labels, defers, macros; deep nesting; long
#           lines of bad tokens; huge and many functions: time per unit at
#           three sizes, peak RSS, stderr size; linear or not.
#   Part C  compiler-wrapper mode: `cwith gcc --cwith-c -c sqlite3.c` (the
#           file preprocessed, translated, compiled as preprocessed input)
#           vs `gcc -c sqlite3.c`, taking turns, minimum of several runs.
#
# Environment:
#   QUICK=1        skip the 100 MB inputs and clang, fewer runs (< 1 minute)
#   PARTS=A|B|C|S|ABCS   which parts to run (default ABCS)
#   SHAPES=a,b     part S: only these shapes (names: python3 bench/shapes.py --list)
#   CORPUS=DIR     corpus root holding big/sqlite3.c, big/duktape.c
#                  (default ~/.cache/c-corpus); missing files are skipped
#   CWITH=PATH     translator (default build/cwith)
#   CC_LIST="gcc clang"   compilers for part B
# Nothing here asserts: goals are printed MET or MISSED, the exit status is 0
# unless something could not run (a translation failed, a build broke).
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
ROOT=$PWD
CWITH=${CWITH:-$ROOT/build/cwith}
LIB=$ROOT/build/libcwith.a
CORPUS=${CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/c-corpus}
QUICK=${QUICK:-0}
PARTS=${PARTS:-ABCS}
if [ "$QUICK" = 1 ]; then
    SIZES="1 10"; CC_LIST=${CC_LIST:-gcc}; WALL_N=5000000
else
    SIZES="1 10 100"; CC_LIST=${CC_LIST:-gcc clang}; WALL_N=20000000
fi
CG_N=1000000                # iterations under callgrind
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cwith-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$CWITH" ] || die "$CWITH not built (run make)"
[ -f "$LIB" ] || die "$LIB not built (run make)"
have() { command -v "$1" >/dev/null 2>&1; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
echo "cwith benchmark  $(date -u +%Y-%m-%d)  $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- . 2>/dev/null || echo '+dirty')"
echo "machine   : $(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sr)"
echo "compilers : $(gcc --version | head -1)$(have clang && echo "; $(clang --version | head -1)")"
echo "tools     : $(hyperfine --version 2>/dev/null || echo 'no hyperfine'); $(valgrind --version 2>/dev/null || echo 'no valgrind')"
echo "MB = 10^6 bytes; part A: minimum times (the least disturbed run), part B: medians; QUICK=$QUICK"

# ---------------------------------------------------------------- part A --
part_a() {
    have hyperfine || { echo; echo "A. translator: SKIPPED (hyperfine not installed)"; return; }
    local rows=$TMP/a.tsv notes=$TMP/a.notes
    : > "$rows"; : > "$notes"

    # one input: label, file, kind (corpus|with|plain), extra -I for gcc -E
    bench_file() {
        local label=$1 f=$2 kind=$3 inc=$4 size runs
        size=$(wc -c < "$f")
        # must translate without error (and the output compile, for ours)
        "$CWITH" "$f" -o "$TMP/out.c" 2> "$TMP/err" \
            || { cat "$TMP/err" >&2; die "cwith failed on $label ($f)"; }
        if [ "$kind" = with ] && [ "$size" -lt 2000000 ]; then
            gcc -fsyntax-only -w -Iruntime "$TMP/out.c" \
                || die "translation of $label does not compile"
        fi
        rm -f "$TMP/out.c"
        if [ "$size" -ge 5000000 ]; then runs=5; else runs=10; fi
        [ "$QUICK" = 1 ] && runs=3
        hyperfine -N --warmup 1 --runs "$runs" --style none \
            --export-json "$TMP/h.json" \
            "$CWITH $f -o /dev/null" \
            "gcc -E -P -w $inc $f -o /dev/null" \
            "cat $f" > /dev/null 2> "$TMP/herr" \
            || { cat "$TMP/herr" >&2; die "hyperfine failed on $label"; }
        # a build writes a file: cwith streams it to a temporary, renamed at the end
        /usr/bin/time -f %M -o "$TMP/rss" "$CWITH" "$f" -o "$TMP/rss-out.c"; rm -f "$TMP/rss-out.c"
        python3 - "$TMP/h.json" >> "$rows" "$label" "$kind" "$size" "$(tail -1 "$TMP/rss")" <<'EOF'
import json, sys
# the minimum: a noisy machine only ever adds time, to either command
r = [x["min"] for x in json.load(open(sys.argv[1]))["results"]]
print("\t".join(sys.argv[2:6] + ["%.6f" % t for t in r]))
EOF
    }

    for name in sqlite3.c duktape.c; do
        f=$CORPUS/big/$name
        if [ -f "$f" ]; then
            bench_file "$name" "$f" corpus "-I$CORPUS/big"
        else
            echo "$name: skipped, not found at $f (see /work/shared/corpus/make-corpus.sh)" >> "$notes"
        fi
    done
    for mb in $SIZES; do
        for kind in with plain; do
            python3 bench/gen.py "$mb" "$kind" "$TMP/gen-$kind-$mb.c"
            bench_file "gen-$kind-${mb}MB" "$TMP/gen-$kind-$mb.c" "$kind" "-Iruntime"
            rm -f "$TMP/gen-$kind-$mb.c"
        done
    done

    python3 - "$rows" "$notes" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
notes = [l.rstrip() for l in open(sys.argv[2]) if l.strip()]
print()
print("A. Translator: wall time (hyperfine -N, minimum of the runs), throughput, peak memory")
print("   input                 size MB  cwith ms  MB/s | gcc -E ms  MB/s | cat ms   MB/s | gcc-E/cwith | cwith RSS MB  xinput  limit 3x+8")
speed_ok, mem_ok = [], []
per_mb = {}
for label, kind, size, rss, tc, tg, tcat in rows:
    size = int(size); mb = size / 1e6; rss_mb = int(rss) * 1024 / 1e6
    tc, tg, tcat = float(tc), float(tg), float(tcat)
    ratio = tg / tc
    limit = 3 * mb + 8 * 1.048576          # 8 MiB, in MB
    speed_ok.append((ratio, label)); mem_ok.append((rss_mb / limit, label, rss_mb, limit))
    print("   %-20s %8.1f %9.1f %5.0f | %9.1f %5.0f | %6.1f %6.0f | %10.2fx | %12.1f %6.2fx  %6.1f %s"
          % (label, mb, tc * 1e3, mb / tc, tg * 1e3, mb / tg, tcat * 1e3, mb / tcat,
             ratio, rss_mb, rss_mb / mb, limit, "ok" if rss_mb <= limit else "OVER"))
    if label.startswith("gen-"):
        per_mb.setdefault(kind, []).append((mb, tc * 1e3 / mb))
for n in notes:
    print("   note: " + n)
print()
print("   Linearity (cwith ms per MB of input, generated files):")
lin_ok = []
for kind, pts in per_mb.items():
    pts.sort()
    growth = pts[-1][1] / pts[0][1]
    small = [p for p in pts if p[0] >= 9]          # 10 MB and up: no start-up cost
    growth_big = small[-1][1] / small[0][1] if len(small) > 1 else growth
    lin_ok.append((max(growth, growth_big), kind))
    print("     %-6s %s   ms/MB at %.0f MB / at %.0f MB = %.2f"
          % (kind, "  ".join("%4.0f MB: %6.2f" % p for p in pts), pts[-1][0], pts[0][0], growth))
print()
print("   Goals")
worst = min(speed_ok)
print("   %-6s cwith >= 3x faster than gcc -E on every file: worst %.2fx (%s), best %.2fx (%s)"
      % ("MET" if worst[0] >= 3 else "MISSED", worst[0], worst[1], max(speed_ok)[0], max(speed_ok)[1]))
plain = [(r, l) for r, l in speed_ok if not l.startswith("gen-with")]
if plain:
    worst = min(plain)
    print("   %-6s cwith >= 5x faster than gcc -E on with-free files (corpus, gen-plain): worst %.2fx (%s)"
          % ("MET" if worst[0] >= 5 else "MISSED", worst[0], worst[1]))
worst = max(mem_ok)
print("   %-6s peak RSS <= 3x input + 8 MiB: worst %.1f MB vs limit %.1f MB (%s, %.0f%% of the limit)"
      % ("MET" if worst[0] <= 1 else "MISSED", worst[2], worst[3], worst[1], worst[0] * 100))
worst = max(lin_ok)
print("   %-6s linear growth (ms/MB at the largest size within 1.25x of the smallest): worst %.2fx (%s)"
      % ("MET" if worst[0] <= 1.25 else "MISSED", worst[0], worst[1]))
EOF
}

# ---------------------------------------------------------------- part B --
MICRO=bench/micro
PATTERNS="loop call return nested goto2 take"
# cwith-nu: the same translation compiled with -DCWITH_NO_UNWIND (no frame chain);
# cwith-nc: with -DCWITH_NO_STACK_CHECK (the chain without the safety net)
VERSIONS="cwith cwith-nc cwith-nu goto cleanup"
CFLAGS_B="-O2 -std=gnu11 -Wall -Wextra -Werror -Iruntime -I$MICRO"

# build_micro CC SRC(.cw or .c) OUT
build_micro() {
    local cc=$1 src=$2 out=$3 c=$2
    case $src in
        *.cw) c=$TMP/$(basename "$src" .cw).c
              "$CWITH" "$src" -o "$c" || die "cwith failed on $src" ;;
    esac
    $cc $CFLAGS_B ${4:-} "$c" $MICRO/driver.c "$LIB" -o "$out"
}
# ns per iteration (median of 5 inside the program)
wall() { "$@" | sed -n 's/^ns_per_iter=\([0-9.]*\).*/\1/p'; }
# instructions of bench_run (inclusive) for CG_N iterations, per iteration
irs() {
    have valgrind || { echo nan; return; }
    valgrind --tool=callgrind --toggle-collect=bench_run \
        --callgrind-out-file="$TMP/cg.out" "$@" > /dev/null 2>&1 || { echo nan; return; }
    awk -v n="$CG_N" '/^totals:/ { printf "%.3f\n", $2 / n }' "$TMP/cg.out"
}

part_b() {
    local rows=$TMP/b.tsv
    : > "$rows"
    for cc in $CC_LIST; do
        have "$cc" || { echo "$cc	SKIP" >> "$rows"; continue; }
        for p in $PATTERNS; do
            for v in $VERSIONS; do
                extra=
                case $v in
                    cwith)    src=$MICRO/$p.cw ;;
                    cwith-nu) src=$MICRO/$p.cw; extra=-DCWITH_NO_UNWIND ;;
                    cwith-nc) src=$MICRO/$p.cw; extra=-DCWITH_NO_STACK_CHECK ;;
                    *)        src=$MICRO/${p}_$v.c ;;
                esac
                exe=$TMP/$p-$v-$cc
                build_micro "$cc" "$src" "$exe" "$extra"
                chk=$("$exe" 1000 1 | sed -n 's/.*checksum=\([0-9-]*\).*/\1/p')
                printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cc" "$p" "$v" \
                    "$(irs "$exe" "$CG_N" 1)" "$(wall "$exe" "$WALL_N" 5)" "$chk" >> "$rows"
            done
        done
    done

    # error unwinding: only once the runtime has it
    local unw=$TMP/unwind.tsv
    : > "$unw"
    if grep -q cwith_raise runtime/cwith.h; then
        if build_micro gcc "$MICRO/raise.cw" "$TMP/raise" "${BENCH_RAISE_CFLAGS:-}" 2> "$TMP/raise.err"; then
            for d in 1 10 100; do
                n=$((WALL_N / 10 / d)); [ "$n" -ge 1000 ] || n=1000
                printf '%s\t%s\t%s\t%s\t%s\n' "$d" "$(wall "$TMP/raise" "$n" 5 "-$d")" \
                    "$(wall "$TMP/raise" "$n" 5 "$d")" \
                    "$(CG_N=2000 irs "$TMP/raise" 2000 1 "-$d")" \
                    "$(CG_N=2000 irs "$TMP/raise" 2000 1 "$d")" >> "$unw"
            done
        else
            echo "BUILD	$(head -3 "$TMP/raise.err" | tr '\n\t' '  ')" >> "$unw"
        fi
    else
        echo "NONE" >> "$unw"
    fi

    python3 - "$rows" "$unw" "$CG_N" <<'EOF'
import sys, math
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
unw = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
cg_n = int(sys.argv[3])
print()
print("B. Generated code, -O2: instructions per iteration of bench_run (callgrind, %d iterations)" % cg_n)
print("   and wall time (ns per iteration, median of 5); ratios are to hand-written goto-cleanup")
print("   cc     pattern   version    Ir/iter  vs goto |  ns/iter  vs goto | checksum")
data, skipped, bad = {}, [], []
for r in rows:
    if r[1] == "SKIP":
        skipped.append(r[0]); continue
    cc, p, v, ir, ns, chk = r
    data[(cc, p, v)] = (float(ir), float(ns), chk)
for (cc, p, v), (ir, ns, chk) in data.items():
    gir, gns, gchk = data[(cc, p, "goto")]
    if chk != gchk:
        bad.append("%s %s %s" % (cc, p, v))
    print("   %-6s %-9s %-9s %8.2f %7.3f  | %8.3f %7.3f  | %s"
          % (cc, p, v, ir, ir / gir if gir else math.nan, ns, ns / gns, chk))
for s in skipped:
    print("   note: %s not installed, skipped" % s)
print("   patterns: loop = enter/leave one manager per iteration; call = the same with an")
print("   opaque call in the body; return = early returns (+ else) from a noinline function;")
print("   nested = 3 nested with-statements; goto2 = goto out of 2 nested with-statements")
print("   every 4th iteration; take = constructor: 2 items, every 4th call fails, the others")
print("   hand the first out with cwith_take.  versions: cwith = translated .cw; cwith-nu = the same with")
print("   -DCWITH_NO_UNWIND; cwith-nc = the same with -DCWITH_NO_STACK_CHECK (no safety net);")
print("   goto = hand-written goto-cleanup; cleanup = __attribute__((cleanup))")
print()
print("   Error unwinding")
if unw and unw[0][0] == "NONE":
    print("   n/a (error unwinding not implemented yet: no cwith_raise in runtime/cwith.h);")
    print("   the cwith rows above are the generated code without it")
elif unw and unw[0][0] == "BUILD":
    print("   n/a (cwith_raise exists but bench/micro/raise.cw does not build: %s)" % unw[0][1][:150])
    print("   adapt BENCH_RAISE in bench/micro/raise.cw to the runtime's API")
else:
    print("   raise through D frames, each with one with-statement, handled by a catching")
    print("   manager below them (bench/micro/raise.cw, gcc): per call, returning normally vs raising")
    print("     frames   return ns   raise ns  difference |  return Ir   raise Ir  difference")
    for d, base, rz, ibase, irz in unw:
        print("     D=%-4s %10.1f %10.1f %+10.1f  | %10.0f %10.0f %+10.0f"
              % (d, float(base), float(rz), float(rz) - float(base),
                 float(ibase), float(irz), float(irz) - float(ibase)))
print()
print("   Goals")
pats = lambda cc: sorted({k[1] for k in data if k[0] == cc})
for cc in sorted({k[0] for k in data}):
    for v in ("cwith", "cwith-nu"):
        if (cc, "loop", v) not in data:
            continue
        r = [(data[(cc, p, v)][0] / data[(cc, p, "goto")][0], p) for p in pats(cc)]
        worst = max(r)
        print("   %-6s %s, %s: within 1%% of hand-written in instructions: worst %+.1f%% (%s); %s"
              % ("MET" if worst[0] <= 1.01 else "MISSED", cc, v, (worst[0] - 1) * 100, worst[1],
                 " ".join("%s %+.1f%%" % (p, (x - 1) * 100) for x, p in sorted(r, key=lambda t: t[1]))))
if unw and unw[0][0] != "NONE":
    for cc in sorted({k[0] for k in data}):
        if (cc, "call", "cwith-nu") not in data:
            continue
        d = data[(cc, "call", "cwith")][1] - data[(cc, "call", "cwith-nu")][1]
        di = data[(cc, "call", "cwith")][0] - data[(cc, "call", "cwith-nu")][0]
        print("   %-6s %s: extra cost of unwinding per with entry (call: cwith - cwith-nu): %+.2f ns, %+.0f instructions (limit 2 ns)"
              % ("MET" if d <= 2 else "MISSED", cc, d, di))
    for cc in sorted({k[0] for k in data}):
        if (cc, "call", "cwith-nc") not in data:
            continue
        per = []
        for p in pats(cc):
            n_entries = {"nested": 3, "goto2": 2, "take": 2}.get(p, 1)
            per.append(((data[(cc, p, "cwith")][0] - data[(cc, p, "cwith-nc")][0]) / n_entries, p))
        worst = max(per)
        print("   %-6s %s: safety net per with entry (cwith - cwith-nc, per entry): %s (goal: at most 1 instruction)"
              % ("MET" if worst[0] <= 1 else "MISSED", cc,
                 " ".join("%s %+.2f" % (p, x) for x, p in sorted(per, key=lambda t: t[1]))))
else:
    print("   n/a    extra cost of unwinding per with entry: unwinding not implemented yet")
if bad:
    print("   WARNING: checksums differ from the hand-written version: " + ", ".join(bad))
EOF
}

# ---------------------------------------------------------------- part C --
part_c() {
    echo
    echo "C. Compiler-wrapper mode: gcc -c sqlite3.c, alone and through cwith"
    local f=$CORPUS/big/sqlite3.c runs=9 i
    [ "$QUICK" = 1 ] && runs=3
    [ -f "$f" ] || { echo "   SKIPPED ($f not found)"; return; }
    # every line through the wrapper: --cwith-c makes the .c file a cwith source
    "$CWITH" gcc --cwith-c -c "$f" -o "$TMP/w.o" || die "cwith gcc failed on sqlite3.c"
    # the wrapper's steps one by one (wrapper.c: CC -E, the translation in
    # process, CC -c -x cpp-output), to see where a difference goes
    gcc -E "$f" -o "$TMP/pre.i" || die "gcc -E failed on sqlite3.c"
    "$CWITH" --no-line "$TMP/pre.i" -o "$TMP/tr.i" || die "cwith failed on preprocessed sqlite3.c"
    # the commands take turns, so that a change in the machine's other load
    # favours none; /usr/bin/time: wall, user, system seconds
    : > "$TMP/c.txt"
    for i in $(seq "$runs"); do
        /usr/bin/time -f "gcc %e %U %S" -a -o "$TMP/c.txt" gcc -c "$f" -o "$TMP/g.o"
        /usr/bin/time -f "cwith %e %U %S" -a -o "$TMP/c.txt" \
            "$CWITH" gcc --cwith-c -c "$f" -o "$TMP/w.o" || die "cwith gcc failed on sqlite3.c"
        /usr/bin/time -f "E %e %U %S" -a -o "$TMP/c.txt" gcc -E "$f" -o "$TMP/pre.i"
        /usr/bin/time -f "T %e %U %S" -a -o "$TMP/c.txt" "$CWITH" --no-line "$TMP/pre.i" -o "$TMP/tr.i"
        /usr/bin/time -f "C %e %U %S" -a -o "$TMP/c.txt" gcc -c -x cpp-output "$TMP/tr.i" -o "$TMP/c.o"
    done
    python3 - "$TMP/c.txt" "$runs" <<'EOF'
import sys
t = {}
for line in open(sys.argv[1]):
    k, e, u, s = line.split()
    t.setdefault(k, []).append((float(e), float(u) + float(s)))
m = {k: (min(x[0] for x in v), min(x[1] for x in v)) for k, v in t.items()}
(g, gc), (w, wc) = m["gcc"], m["cwith"]
ec, tc, cc = m["E"][1], m["T"][1], m["C"][1]
print("   minimum of %s runs each, taking turns    wall        CPU (user+sys)" % sys.argv[2])
print("   gcc -c sqlite3.c                     %7.2f s         %7.2f s" % (g, gc))
print("   cwith gcc --cwith-c -c sqlite3.c     %7.2f s %+6.1f%% %7.2f s %+6.1f%%"
      % (w, (w / g - 1) * 100, wc, (wc / gc - 1) * 100))
print("   the wrapper's steps alone, CPU (user+sys), minimum of %s runs, taking turns with the above:" % sys.argv[2])
print("     gcc -E sqlite3.c                   %7.2f s" % ec)
print("     cwith --no-line (the translation)  %7.2f s" % tc)
print("     gcc -c -x cpp-output (translated)  %7.2f s" % cc)
print("     sum                                %7.2f s %+6.1f%% against gcc -c" % (ec + tc + cc, ((ec + tc + cc) / gc - 1) * 100))
pp = gc - cc
print("   preprocessing + translation (gcc -E + cwith) %.2f s against gcc's own preprocessing"
      % (ec + tc))
print("   inside -c (gcc -c minus the -x cpp-output compile) %.2f s: %+.2f s, %+.1f%% of gcc -c"
      % (pp, ec + tc - pp, (ec + tc - pp) / gc * 100))
print("   Goals")
print("   %-6s the wrapper costs at most 10%% more than gcc alone: wall %+.1f%%, CPU %+.1f%%"
      % ("MET" if w <= 1.10 * g and wc <= 1.10 * gc else "MISSED", (w / g - 1) * 100, (wc / gc - 1) * 100))
EOF
}

case $PARTS in *A*) part_a ;; esac
case $PARTS in *B*) part_b ;; esac
case $PARTS in *C*) part_c ;; esac
case $PARTS in *S*) python3 bench/shapes.py "$CWITH" || die "a hostile shape did not translate as expected" ;; esac
