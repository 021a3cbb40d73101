# The runtime compiles without a warning under strict flags (issue 11,
# point 8, the runtime's part): runtime/cwith.c (whole, and as the two
# objects of libcwith.a) and a program that includes cwith.h and uses every
# kind of declaration it offers -- managers of each form, used and unused,
# exits that ignore or use vp/err, shipped managers, the frame chain as
# generated code calls it -- with -Werror and
#   gcc -std=c99 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wcast-qual
#       -Wstrict-prototypes -Wmissing-prototypes -Wjump-misses-init
#       -Wclobbered -Wdeclaration-after-statement      (-O0 and -O2)
#   clang -std=c99 -Weverything -Wno-padded                (-O0 and -O2)
# each without feature macros, with _POSIX_C_SOURCE=200809L and with
# _GNU_SOURCE, and with -DCWITH_NO_THREADS / -DCWITH_NO_UNWIND.
# Excluded: -Wpadded only.  It reports every struct that mixes int and
# pointer members (cwith_error holds ints, pointers and a char[256]), as it
# does for the program's own structs; it says nothing about correctness.
# -Wused-but-marked-unused in particular must not fire.
# Run by tests/run.sh with $CWITH (the translator) and $T (a scratch dir).
set -u
ok() { echo "[PASS] cli/runtime-warnings: $1"; }
bad() { echo "[FAIL] cli/runtime-warnings: $1"; sed 's/^/    /' "$T/log" | head -20; }

cat >"$T/prog.c" <<'EOT'
#include <string.h>
#include "cwith.h"

/* one-liner, used */
struct counter { int open; };
static struct counter *counter_open(struct counter *c);
static struct counter *counter_open(struct counter *c) { c->open = 1; return c; }
static void counter_close(struct counter *c);
static void counter_close(struct counter *c) { c->open = 0; }
CWITH_MANAGER(counter_open, struct counter *, v == NULL, counter_close);

/* checked one-liner, used */
static int flaky(int id);
static int flaky(int id) { return id; }
static int flaky_close(int id);
static int flaky_close(int id) { return id > 100 ? -1 : 0; }
CWITH_MANAGER_CHECKED(flaky, int, v < 0, flaky_close, r != 0);

/* every form declared but never used */
CWITH_MANAGER(unused_one, int, v < 0, flaky_close);
CWITH_MANAGER_CHECKED(unused_checked, int, v < 0, flaky_close, cwith_failed_with(r));
CWITH_MANAGER_INIT(unused_init, struct counter, (struct counter *obj, int x),
                   flaky(x + obj->open), r != 0, counter_close);
CWITH_MANAGER_EXIT(unused_exit, int, v < 0, vp, err)
{
    return 0;
}

/* full form ignoring vp and err, used */
static int quiet(int id);
static int quiet(int id) { return id; }
CWITH_MANAGER_EXIT(quiet, int, v < 0, vp, err)
{
    return 0;
}

/* full form using both, and reporting a failed release, used */
static int loud(int id);
static int loud(int id) { return id; }
CWITH_MANAGER_EXIT(loud, int, v < 0, vp, err)
{
    if (*vp > 100) cwith_exit_failed(__FILE__, __LINE__, "loud", err);
    return err != 0 && err->code == 99;
}

static void fail(int code);
static void fail(int code) { if (code) cwith_raise(code, "failed %d", code); }

int main(void)
{
    struct counter c = { 0 };
    cwith_error e;

    /* what cwith generates for `with (counter_open(&c) as k) k->open = 2;` */
    { cwith_type_counter_open const cwith1_k = counter_open(&c);
      if (cwith_failed_counter_open(cwith1_k)) cwith_enter_failed("x.cw", 1, "counter_open");
      else { cwith_frame cwith_frame1;
        static const cwith_site cwith_site1 = { cwith_exit_any_counter_open, "x.cw", 1, "counter_open", cwith_site_magic };
        cwith_enter_(&cwith_frame1, &cwith_site1, &cwith1_k, 0);
        { cwith_type_counter_open const k = cwith1_k;
          k->open = 2; }
        cwith_leave_(&cwith_frame1); cwith_exit_counter_open(&cwith1_k, 0); } }

    /* with (catch_error(&e)) { with (flaky(1), quiet(2)) ; with (loud(3)) fail(7); } */
    { cwith_type_catch_error const cwith2 = catch_error(&e);
      if (cwith_failed_catch_error(cwith2)) cwith_enter_failed("x.cw", 2, "catch_error");
      else { cwith_frame cwith_frame2; jmp_buf cwith_jb2; int cwith_resumed2 = 0;
        static const cwith_site cwith_site2 = { cwith_exit_any_catch_error, "x.cw", 1, "catch_error", cwith_site_magic };
        cwith_enter_(&cwith_frame2, &cwith_site2, &cwith2, &cwith_jb2);
        if (cwith_setjmp(cwith_jb2) != 0) cwith_resumed2 = 1;
        if (!cwith_resumed2) {
          { cwith_type_flaky const cwith3 = flaky(1);
            if (cwith_failed_flaky(cwith3)) cwith_enter_failed("x.cw", 3, "flaky");
            else { cwith_frame cwith_frame3;
              static const cwith_site cwith_site3 = { cwith_exit_any_flaky, "x.cw", 1, "flaky", cwith_site_magic };
              cwith_enter_(&cwith_frame3, &cwith_site3, &cwith3, 0);
              { cwith_type_quiet const cwith4 = quiet(2);
                if (cwith_failed_quiet(cwith4)) cwith_enter_failed("x.cw", 3, "quiet");
                else { cwith_frame cwith_frame4;
                  static const cwith_site cwith_site4 = { cwith_exit_any_quiet, "x.cw", 1, "quiet", cwith_site_magic };
                  cwith_enter_(&cwith_frame4, &cwith_site4, &cwith4, 0);
                  cwith_leave_(&cwith_frame4); cwith_exit_quiet(&cwith4, 0); } }
              cwith_leave_(&cwith_frame3); cwith_exit_flaky(&cwith3, 0); } }
          { cwith_type_loud const cwith5 = loud(3);
            if (cwith_failed_loud(cwith5)) cwith_enter_failed("x.cw", 4, "loud");
            else { cwith_frame cwith_frame5; jmp_buf cwith_jb5; int cwith_resumed5 = 0;
              static const cwith_site cwith_site5 = { cwith_exit_any_loud, "x.cw", 1, "loud", cwith_site_magic };
              cwith_enter_(&cwith_frame5, &cwith_site5, &cwith5, &cwith_jb5);
              if (cwith_setjmp(cwith_jb5) != 0) cwith_resumed5 = 1;
              if (!cwith_resumed5) {
                fail(7);
                cwith_leave_(&cwith_frame5); cwith_exit_loud(&cwith5, 0); } } }
          cwith_leave_(&cwith_frame2); cwith_exit_catch_error(&cwith2, 0); } } }

    /* shipped managers: fopen and malloc always, locks with POSIX */
    { cwith_type_malloc const p = malloc(8);
      if (!cwith_failed_malloc(p)) { memset(p, 0, 8); cwith_exit_malloc(&p, 0); } }
    { cwith_type_fopen const f = fopen("/dev/null", "w");
      if (!cwith_failed_fopen(f)) { fputs("x", f); cwith_exit_fopen(&f, 0); } }
#if CWITH_HAVE_PTHREAD
    { static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
      cwith_type_mutex_trylocked const l = mutex_trylocked(&m);
      if (!cwith_failed_mutex_trylocked(l)) cwith_exit_mutex_trylocked(&l, 0); }
#endif
#if CWITH_HAVE_FLOCK
    { cwith_type_flock_trylocked const fd = flock_trylocked(0, LOCK_SH);
      if (!cwith_failed_flock_trylocked(fd)) cwith_exit_flock_trylocked(&fd, 0); }
#endif
    printf("%d %d %d\n", c.open, e.code, e.nsuppressed);
    return 0;
}
EOT

gccw="-std=c99 -Werror -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wcast-qual
      -Wstrict-prototypes -Wmissing-prototypes -Wjump-misses-init -Wclobbered
      -Wdeclaration-after-statement"
clangw="-std=c99 -Werror -Weverything -Wno-padded"

check() { # LABEL CC FLAGS...: cwith.c three ways and the program, no warning
	local label=$1 cc=$2 part fails=""
	shift 2
	: >"$T/log"
	for part in "" -DCWITH_PART_RUNTIME -DCWITH_PART_TLS; do
		# shellcheck disable=SC2086
		"$cc" "$@" $part -c runtime/cwith.c -o "$T/rt.o" >>"$T/log" 2>&1 ||
			fails="$fails cwith.c$part"
	done
	# shellcheck disable=SC2086
	"$cc" "$@" -Iruntime -c "$T/prog.c" -o "$T/prog.o" >>"$T/log" 2>&1 ||
		fails="$fails program"
	if [ -z "$fails" ]; then ok "$label"; else bad "$label:$fails"; fi
}

for cc in gcc clang; do
	command -v $cc >/dev/null || { echo "[PASS] cli/runtime-warnings: ($cc not installed: skipped)"; continue; }
	if [ $cc = gcc ]; then w=$gccw; else w=$clangw; fi
	for o in -O0 -O2; do
		for feat in "" -D_POSIX_C_SOURCE=200809L -D_GNU_SOURCE; do
			# shellcheck disable=SC2086
			check "$cc $o ${feat:-(no feature macro)}" $cc $w $o $feat
		done
	done
	# shellcheck disable=SC2086
	check "$cc -O2 -DCWITH_NO_THREADS" $cc $w -O2 -D_POSIX_C_SOURCE=200809L -DCWITH_NO_THREADS
	# shellcheck disable=SC2086
	check "$cc -O2 -DCWITH_NO_UNWIND" $cc $w -O2 -D_POSIX_C_SOURCE=200809L -DCWITH_NO_UNWIND
done

# and the program links and runs (nothing above was dead code)
: >"$T/log"
if gcc -std=c99 -D_POSIX_C_SOURCE=200809L -Iruntime "$T/prog.c" runtime/cwith.c \
	-o "$T/prog" >>"$T/log" 2>&1 && "$T/prog" >"$T/out" 2>>"$T/log" &&
   [ "$(cat "$T/out")" = "0 7 0" ]; then
	ok "the program runs"
else
	cat "$T/out" >>"$T/log" 2>/dev/null; bad "the program runs"
fi

# before C99: the first error is a clear #error from cwith.h (was:
# "expected ';' before 'int'" at its first `static inline`); GNU C89
# (gnu89) still builds
for cc in gcc clang; do
	command -v $cc >/dev/null 2>&1 || continue
	for std in c89 c90; do
		: >"$T/log"
		$cc -std=$std -Iruntime -c "$T/prog.c" -o "$T/c89.o" >"$T/log" 2>&1; st=$?
		if [ $st != 0 ] && grep -m1 'error' "$T/log" | grep -q 'cwith.h needs C99 or later'; then
			ok "$cc -std=$std: the first error says C99 is needed"
		else
			bad "$cc -std=$std: the first error says C99 is needed"
		fi
	done
	: >"$T/log"
	if $cc -std=gnu89 -D_POSIX_C_SOURCE=200809L -Iruntime -c "$T/prog.c" -o "$T/gnu89.o" >"$T/log" 2>&1; then
		ok "$cc -std=gnu89 builds"
	else
		bad "$cc -std=gnu89 builds"
	fi
done
