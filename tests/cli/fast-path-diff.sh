# The fast path (a byte loop that skips function bodies without `with`) and
# the full parse must agree on every input: the test programs, a sample of
# the third-party corpus when it is built, and random small mutations of
# them (deleted, repeated and inserted bytes and lines: braces, quotes,
# `with (`, `#if`, splices). Same exit status, same output, same messages.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
corpus=${CORPUS:-${XDG_CACHE_HOME:-$HOME/.cache}/c-corpus}
files=$(ls tests/exec/*.cw tests/golden/*.cw tests/errors/*.cw examples/*.cw)
if [ -d "$corpus/torture" ]; then
	files="$files $(ls "$corpus"/torture/*.c | awk 'NR % 40 == 1')"
fi
python3 - "$T" ${SEED:-7} $files <<'PY'
import random, sys, os
out, seed, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rng = random.Random(seed)
pieces = [b"{", b"}", b"(", b")", b'"', b"'", b"\\\n", b"with (", b"#if 0\n", b"#endif\n",
          b"/*", b"*/", b";", b"goto l;", b"l:", b"return 1;", b"\n#else\n", b"R\"x("]
n = 0
for f in files:
    data = open(f, "rb").read()
    open(os.path.join(out, "in%04d.c" % n), "wb").write(data); n += 1
    for _ in range(3):
        d = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            if not d: break
            i = rng.randrange(len(d))
            op = rng.randrange(3)
            if op == 0: del d[i:i + rng.randint(1, 4)]
            elif op == 1: d[i:i] = rng.choice(pieces)
            else:
                j = d.rfind(b"\n", 0, i) + 1
                k = d.find(b"\n", i)
                if k < 0: k = len(d)
                d[j:j] = d[j:k + 1]
        open(os.path.join(out, "in%04d.c" % n), "wb").write(bytes(d)); n += 1
PY
total=0 differ=0
for f in "$T"/in*.c; do
	total=$((total + 1))
	"$CWITH" "$f" -o "$T/fast.c" 2>"$T/fast.err"; a=$?
	CWITH_NO_FAST_PATH=1 "$CWITH" "$f" -o "$T/full.c" 2>"$T/full.err"; b=$?
	[ -e "$T/fast.c" ] || : >"$T/fast.c"
	[ -e "$T/full.c" ] || : >"$T/full.c"
	if [ $a != $b ] || ! cmp -s "$T/fast.c" "$T/full.c" || ! cmp -s "$T/fast.err" "$T/full.err"; then
		differ=$((differ + 1))
		[ $differ -le 3 ] && { echo "    $(basename "$f"): status $a vs $b"; cp "$f" "$T/differs-$differ.c"; }
	fi
	rm -f "$T/fast.c" "$T/full.c"
done
if [ $differ = 0 ]; then
	echo "[PASS] cli/fast-path-diff: $total inputs (with mutations): fast path and full parse agree"
else
	echo "[FAIL] cli/fast-path-diff: $differ of $total inputs differ between the fast path and the full parse"
fi
