# make install and uninstall, and builds against an installed cwith, as a
# new user does them: install into a DESTDIR staging tree, check every file,
# build examples/project with make, CMake and Meson, pkg-config --static, a
# shared library that links libcwith.a, the man page through groff, then
# make uninstall leaving nothing behind.
# Run by tests/run.sh with $T (a scratch dir) from the top of the tree. It
# installs build/cwith, as `make install` does, not $CWITH (the ASan build).
set -u
ok() { echo "[PASS] cli/install: $1"; }
bad() { echo "[FAIL] cli/install: $1"; shift; for l in "$@"; do echo "    $l"; done; }
skip() { echo "SKIP cli/install: $1"; }
check() { # DESCRIPTION COMMAND... : passes when the command succeeds
	local what=$1; shift
	if "$@" >"$T/check.out" 2>&1; then ok "$what"; else bad "$what" "$(head -n 20 "$T/check.out")"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }
# The flags of the make running `make check` must not reach the makes here.
unset MAKEFLAGS MFLAGS MAKELEVEL

# A prefix that does not exist here: the staging tree must work without it.
prefix=/opt/cwith-install-test
D=$T/dest
P=$D$prefix
version=$(sed -n 's/^#define CWITH_VERSION "\(.*\)"$/\1/p' translate.h)
# a rerun in the same scratch dir starts afresh
rm -rf "$D" "$T/dest2" "$T/rel" "$T/make" "$T/cmake" "$T/meson" "$T/ver" "$T/so"
prefix_existed=0
[ -e "$prefix" ] && prefix_existed=1

# what examples/project prints
cat >"$T/tally.expected" <<'EOF'
[count]
4 lines, 8 words
[/count]
[missing]
[/missing: error 2]
caught: with-item 'fopen' failed to enter: No such file or directory
EOF

# ---------------------------------------------------------------------
# install
# ---------------------------------------------------------------------
# make install must only copy: rebuilding build/cwith here could disturb
# the tests running beside this one.
if ! make -q build/cwith build/libcwith.a 2>/dev/null; then
	bad "build/cwith or build/libcwith.a is out of date: run make first"
	exit 0
fi
make -s install DESTDIR="$D" PREFIX="$prefix" >"$T/install.log" 2>&1
st=$?
check "make install DESTDIR=... PREFIX=...: exit 0" test $st = 0
if [ $st != 0 ]; then sed 's/^/    /' "$T/install.log"; exit 0; fi
cat >"$T/files.expected" <<EOF
$P/bin/cwith
$P/include/cwith.h
$P/lib/cmake/cwith/cwithConfig.cmake
$P/lib/cmake/cwith/cwithConfigVersion.cmake
$P/lib/libcwith.a
$P/lib/pkgconfig/cwith.pc
$P/share/man/man1/cwith.1
EOF
find "$D" -type f -o -type l | sort >"$T/files"
check "installs exactly the seven files under DESTDIR/PREFIX" diff "$T/files.expected" "$T/files"
check "nothing written to PREFIX itself" test $prefix_existed = 1 -o ! -e "$prefix"
check "bin/cwith is executable, the rest are not" \
	test -x "$P/bin/cwith" -a ! -x "$P/include/cwith.h" -a ! -x "$P/lib/libcwith.a" -a ! -x "$P/lib/pkgconfig/cwith.pc"
check "include/cwith.h is runtime/cwith.h" cmp runtime/cwith.h "$P/include/cwith.h"
check "share/man/man1/cwith.1 is man/cwith.1" cmp man/cwith.1 "$P/share/man/man1/cwith.1"
check "lib/libcwith.a holds the runtime" sh -c "nm '$P/lib/libcwith.a' | grep -q ' T cwith_raise_at$'"
check "installed cwith --version: first line 'cwith $version'" \
	test "$("$P/bin/cwith" --version | head -n 1)" = "cwith $version"
check "installed cwith --help shows with (call(args) as name)" \
	sh -c "'$P/bin/cwith' --help | grep -qF 'with (call(args) as name)'"
make -s install DESTDIR="$T/rel" PREFIX=relative/dir >"$T/o" 2>"$T/e"; st=$?
check "a relative PREFIX is refused (exit 2, nothing installed)" test $st = 2 -a ! -e "$T/rel"

# ---------------------------------------------------------------------
# pkg-config: the real prefix in the file; the staging tree through
# PKG_CONFIG_SYSROOT_DIR, as for any DESTDIR or sysroot
# ---------------------------------------------------------------------
pc() { PKG_CONFIG_PATH=$P/lib/pkgconfig pkg-config "$@" cwith; }
pcs() { PKG_CONFIG_PATH=$P/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$D pkg-config "$@" cwith; }
if have pkg-config; then
	check "pkg-config --modversion: $version" test "$(pc --modversion)" = "$version"
	check "cwith.pc names the real prefix" test "$(pc --variable=prefix)" = "$prefix"
	check "cwith.pc gives the translator: --variable=cwith" test "$(pc --variable=cwith)" = "$prefix/bin/cwith"
	libs=$(pc --static --libs | xargs)     # xargs: spaces normalized
	check "pkg-config --static --libs: -L$prefix/lib -lcwith -pthread" \
		test "$libs" = "-L$prefix/lib -lcwith -pthread"
	libs=$(pc --libs | xargs)
	check "pkg-config --libs has -pthread too (the header's lock managers)" \
		test "$libs" = "-L$prefix/lib -lcwith -pthread"
	flags=$(pcs --cflags | xargs)
	check "pkg-config --cflags with the sysroot: -I$P/include" test "$flags" = "-I$P/include"
else
	skip "pkg-config (not installed): pkg-config, make and Meson checks"
fi

# ---------------------------------------------------------------------
# examples/project, with make: the %.c: %.cw pattern rule and pkg-config
# ---------------------------------------------------------------------
userenv() { # COMMAND...: run as a user of the staged cwith would
	env -u CWITH PATH="$P/bin:$PATH" PKG_CONFIG_PATH="$P/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$D" "$@"
}
runs_tally() { # DIR: ./tally there prints the expected text
	(cd "$1" && ./tally) >"$T/tally.out" 2>&1 && diff "$T/tally.expected" "$T/tally.out"
}
if have pkg-config; then
	cp -R examples/project "$T/make"
	check "make: builds examples/project" \
		userenv make -C "$T/make" CFLAGS="-O2 -Wall -Wextra -Werror"
	check "make: the program prints the expected text" runs_tally "$T/make"
	check "make: the translated .c files are kept" test -f "$T/make/main.c" -a -f "$T/make/tally.c"
	touch "$T/make/tally.cw"
	userenv make -C "$T/make" CFLAGS="-O2 -Wall -Wextra -Werror" >"$T/remake.log" 2>&1
	check "make: a touched .cw is translated again, the other is not" \
		sh -c "grep -q 'cwith tally.cw' '$T/remake.log' && ! grep -q 'cwith main.cw' '$T/remake.log'"
	check "make: cwith -MF wrote a dependency file naming the header" \
		grep -qx 'main.c: main.cw tally.h' "$T/make/main.c.d"
	sleep 1
	touch "$T/make/tally.h"
	userenv make -C "$T/make" CFLAGS="-O2 -Wall -Wextra -Werror" >"$T/remake.log" 2>&1
	check "make: a touched header (read by cwith) translates both .cw files again" \
		sh -c "grep -q 'tally.cw' '$T/remake.log' && grep -q 'main.cw' '$T/remake.log'"
fi

# ---------------------------------------------------------------------
# CMake: find_package(cwith), cwith::cwith, cwith_target
# ---------------------------------------------------------------------
if have cmake; then
	cp -R examples/project "$T/cmake"
	cmake -S "$T/cmake" -B "$T/cmake/build" -DCMAKE_PREFIX_PATH="$P" \
		-DCMAKE_C_FLAGS="-Wall -Wextra -Werror" >"$T/cmake.log" 2>&1
	check "CMake: configures (find_package(cwith 0.1 REQUIRED))" test $? = 0
	check "CMake: found the staged package" \
		grep -qx "cwith_DIR:PATH=$P/lib/cmake/cwith" "$T/cmake/build/CMakeCache.txt"
	check "CMake: builds" cmake --build "$T/cmake/build"
	check "CMake: the program prints the expected text" runs_tally "$T/cmake/build"
	cmake --build "$T/cmake/build" >"$T/b.log" 2>&1
	check "CMake: an up-to-date build runs no cwith" sh -c "! grep -q Translating '$T/b.log'"
	sleep 1     # a coarse file system clock must see the edit as newer
	touch "$T/cmake/tally.cw"
	cmake --build "$T/cmake/build" >"$T/b.log" 2>&1
	check "CMake: a touched .cw is translated again, the other is not" \
		sh -c "grep -q '\[cwith\]\[Tally\] Translating tally.cw' '$T/b.log' && ! grep -q 'Translating main.cw' '$T/b.log'"
	sed -i 's/lines, %ld words/LINES, %ld words/' "$T/cmake/main.cw"
	cmake --build "$T/cmake/build" >"$T/b.log" 2>&1
	(cd "$T/cmake/build" && ./tally) >"$T/tally.out" 2>&1
	check "CMake: an edited .cw is rebuilt into the program" grep -qx "4 LINES, 8 words" "$T/tally.out"
	sleep 1
	touch "$T/cmake/tally.h"
	cmake --build "$T/cmake/build" >"$T/b.log" 2>&1
	check "CMake: a touched header is in cwith's DEPFILE: both .cw files translated again" \
		sh -c "grep -q 'Translating tally.cw' '$T/b.log' && grep -q 'Translating main.cw' '$T/b.log'"
	if have ninja; then
		cmake -S "$T/cmake" -B "$T/cmake/ninja" -G Ninja -DCMAKE_PREFIX_PATH="$P" >"$T/cmake-ninja.log" 2>&1
		check "CMake with Ninja: configures" test $? = 0
		check "CMake with Ninja: builds, no warning (DEPFILE and CMP0116)" \
			sh -c "cmake --build '$T/cmake/ninja' >'$T/b.log' 2>&1 && ! grep -qi warning '$T/cmake-ninja.log'"
		sleep 1
		touch "$T/cmake/tally.h"
		cmake --build "$T/cmake/ninja" >"$T/b.log" 2>&1
		check "CMake with Ninja: a touched header translates both .cw files again" \
			sh -c "grep -q 'Translating tally.cw' '$T/b.log' && grep -q 'Translating main.cw' '$T/b.log'"
	else
		skip "ninja (not installed): CMake's Ninja generator"
	fi

	# versions (write_basic_package_version_file's SameMajorVersion rules)
	# and a tree installed with per-directory overrides
	D2=$T/dest2
	make -s install DESTDIR="$D2" PREFIX=/usr BINDIR=/usr/libexec/cwith-bin \
		LIBDIR=/usr/lib/multiarch INCLUDEDIR=/usr/include/cwith MANDIR=/usr/share/man \
		>"$T/o" 2>&1
	check "install with BINDIR/LIBDIR/INCLUDEDIR overrides" test -x "$D2/usr/libexec/cwith-bin/cwith" \
		-a -f "$D2/usr/lib/multiarch/libcwith.a" -a -f "$D2/usr/include/cwith/cwith.h" \
		-a -f "$D2/usr/lib/multiarch/pkgconfig/cwith.pc" -a -f "$D2/usr/lib/multiarch/cmake/cwith/cwithConfig.cmake"
	# shellcheck disable=SC2016
	check "cwith.pc follows the overrides" \
		grep -qx 'libdir=${prefix}/lib/multiarch' "$D2/usr/lib/multiarch/pkgconfig/cwith.pc"
	mkdir -p "$T/ver"
	# cwith_DIR: the override tree first; after a refused version CMake
	# searches again, in CMAKE_PREFIX_PATH (the first tree)
	cat >"$T/ver/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.19)
project(ver C)
find_package(cwith 0.1 QUIET)
get_target_property(lib cwith::cwith IMPORTED_LOCATION)
get_target_property(inc cwith::cwith INTERFACE_INCLUDE_DIRECTORIES)
get_target_property(dep cwith::cwith INTERFACE_LINK_LIBRARIES)
message(STATUS "exe=\${CWITH_EXECUTABLE} lib=\${lib} inc=\${inc} dep=\${dep}")
cwith_target(Flags x.cw gen/x.c COMPILE_FLAGS "--no-line")
message(STATUS "outputs=\${cwith_Flags_OUTPUTS} flags=\${cwith_Flags_COMPILE_FLAGS}")
add_custom_target(gen ALL DEPENDS \${cwith_Flags_OUTPUTS})
find_package(cwith 1 QUIET)
message(STATUS "major 1: \${cwith_FOUND}")
find_package(cwith 0.1 QUIET)
message(STATUS "0.1: \${cwith_FOUND} \${cwith_VERSION}")
find_package(cwith $version EXACT QUIET)
message(STATUS "exact: \${cwith_FOUND}")
find_package(cwith 0.1...<1 QUIET)
message(STATUS "range: \${cwith_FOUND}")
find_package(cwith 99 QUIET)
message(STATUS "too new: \${cwith_FOUND}")
EOF
	printf 'int x;\n' >"$T/ver/x.cw"
	cmake -S "$T/ver" -B "$T/ver/build" -Dcwith_DIR="$D2/usr/lib/multiarch/cmake/cwith" \
		-DCMAKE_PREFIX_PATH="$P" >"$T/ver.log" 2>&1 &&
	cmake --build "$T/ver/build" >>"$T/ver.log" 2>&1
	vgrep() { grep -qx -- "-- $1" "$T/ver.log"; }
	versions() {
		vgrep "major 1: 0" && vgrep "0.1: 1 $version" && vgrep "exact: 1" &&
		vgrep "range: 1" && vgrep "too new: 0"
	}
	check "CMake: version 1 is refused, 0.1 and $version EXACT and 0.1...<1 accepted, 99 refused" versions
	check "CMake: cwith::cwith and CWITH_EXECUTABLE point into a relocated tree" \
		vgrep "exe=$D2/usr/libexec/cwith-bin/cwith lib=$D2/usr/lib/multiarch/libcwith.a inc=$D2/usr/include/cwith dep=Threads::Threads"
	flags_used() { # the variables, and the output has no #line
		vgrep "outputs=$T/ver/build/gen/x.c flags=--no-line" && cmp "$T/ver/x.cw" "$T/ver/build/gen/x.c"
	}
	check "CMake: cwith_target COMPILE_FLAGS reach cwith; a relative Output is in the binary dir" flags_used
	make -s uninstall DESTDIR="$D2" PREFIX=/usr BINDIR=/usr/libexec/cwith-bin \
		LIBDIR=/usr/lib/multiarch INCLUDEDIR=/usr/include/cwith MANDIR=/usr/share/man >"$T/o" 2>&1
	check "uninstall with the same overrides leaves no file" test -z "$(find "$D2" -type f)"
else
	skip "cmake (not installed): CMake checks"
fi

# ---------------------------------------------------------------------
# Meson: generator() and dependency('cwith') through pkg-config
# ---------------------------------------------------------------------
if have meson && have ninja && have pkg-config; then
	cp -R examples/project "$T/meson"
	(cd "$T/meson" && userenv meson setup build --werror -Dwarning_level=2) >"$T/meson.log" 2>&1
	check "Meson: configures (dependency('cwith') found)" test $? = 0
	check "Meson: found the staged cwith" grep -qF "Program cwith found: YES ($P/bin/cwith)" "$T/meson.log"
	check "Meson: builds" userenv meson compile -C "$T/meson/build"
	check "Meson: the program prints the expected text" runs_tally "$T/meson/build"
	sleep 1
	touch "$T/meson/main.cw"
	userenv meson compile -C "$T/meson/build" >"$T/b.log" 2>&1
	check "Meson: a touched .cw is translated again" grep -q "Generating 'tally.p/main.c'" "$T/b.log"
	sleep 1
	touch "$T/meson/tally.h"
	userenv meson compile -C "$T/meson/build" >"$T/b.log" 2>&1
	check "Meson: a touched header (the generator's depfile) translates both .cw files again" \
		sh -c "grep -q \"Generating 'tally.p/main.c'\" '$T/b.log' && grep -q \"Generating 'tally.p/tally.c'\" '$T/b.log'"
else
	skip "meson, ninja or pkg-config (not installed): Meson checks"
fi

# ---------------------------------------------------------------------
# A shared library linking libcwith.a (needs it built with -fPIC), and a
# program that raises through it
# ---------------------------------------------------------------------
if have pkg-config; then
	mkdir -p "$T/so"
	cat >"$T/so/plugin.cw" <<'EOF'
#include <stdio.h>
#include "cwith.h"

int plugin_open(const char *path)
{
    cwith_error err;
    with (catch_error(&err)) {
        with (fopen(path, "r") as f)    /* no else: raises */
            return 0;
    }
    printf("plugin: %s\n", err.message);
    return err.code;
}
EOF
	printf '#include <stdio.h>\nint plugin_open(const char *);\nint main(void) { printf("code %%d\\n", plugin_open("/nonexistent/x")); return 0; }\n' >"$T/so/main.c"
	# -Wl,--no-undefined: the runtime must be inside the library
	# shellcheck disable=SC2046
	build_so() (
		cd "$T/so" && "$P/bin/cwith" plugin.cw -o plugin.c &&
		cc -shared -fPIC -Wl,--no-undefined plugin.c -o libplugin.so $(pcs --static --cflags --libs) &&
		cc main.c -L. -lplugin -o main
	)
	run_so() {
		(cd "$T/so" && LD_LIBRARY_PATH=. ./main) >"$T/so.out" 2>&1 &&
		printf 'plugin: %s\ncode 2\n' "with-item 'fopen' failed to enter: No such file or directory" |
			diff - "$T/so.out"
	}
	check "shared library: links libcwith.a (pkg-config --static)" build_so
	check "shared library: raises and catches inside it" run_so
fi

# ---------------------------------------------------------------------
# The man page: renders without warnings, has what it must, man finds it
# ---------------------------------------------------------------------
man1=$P/share/man/man1/cwith.1
if have groff; then
	# -P-cbou: plain text, no overstriking for bold and underline
	groff -ww -man -Tutf8 -P-cbou "$man1" >"$T/man.plain" 2>"$T/man.err"; st=$?
	check "man page: groff -ww -man -Tutf8 renders it with no warning" test $st = 0 -a ! -s "$T/man.err" -a -s "$T/man.plain"
	missing=""
	for s in NAME SYNOPSIS DESCRIPTION OPTIONS "THE WITH STATEMENT" DEFER MANAGERS ERRORS REJECTED \
		"COMPILER WRAPPER" "EXIT STATUS" EXAMPLES; do
		grep -qx "$s" "$T/man.plain" || missing="$missing [$s]"
	done
	for s in -o --no-line --no-lines --require-else --color -fmax-errors= -MF -MT -MP --help --version \
		--cwith-c --cwith-require-else "ccache cwith gcc" \
		CWITH_MANAGER CWITH_MANAGER_CHECKED CWITH_MANAGER_EXIT CWITH_MANAGER_INIT \
		cwith_raise catch_error cwith_take cwith_adopt exit_stack cwith_stack_push errdefer _Defer \
		mutex_trylocked flock_trylocked mtx_trylocked \
		"with-statement:  with ( with-item { , with-item } ) statement" \
		"with-item:       manager-call [ as [ type ] identifier ]" \
		"| cwith_adopt ( identifier , expression )"; do
		grep -qF -- "$s" "$T/man.plain" || missing="$missing [$s]"
	done
	if [ -z "$missing" ]; then ok "man page: sections, options, grammar, ownership, defer, managers, errors"
	else bad "man page: sections, options, grammar, ownership, defer, managers, errors" "missing:$missing"; fi
	check "man page: its version is cwith --version's" grep -q "^\.TH CWITH 1 .* \"cwith $version\"" "$man1"
else
	skip "groff (not installed): man page checks"
fi
if have man; then
	man --warnings -l "$man1" >/dev/null 2>"$T/man.err"
	check "man page: man --warnings prints nothing" test ! -s "$T/man.err"
	check "man page: man finds it in the installed tree" \
		test "$(MANPATH="$P/share/man" man -w cwith 2>/dev/null)" = "$man1"
fi

# ---------------------------------------------------------------------
# uninstall: every installed file goes, other packages' files stay
# ---------------------------------------------------------------------
mkdir -p "$P/lib/cmake/other"
for f in bin/other include/other.h lib/libother.a lib/pkgconfig/other.pc \
	lib/cmake/other/otherConfig.cmake share/man/man1/other.1; do
	echo other >"$P/$f"
done
find "$D" -type f | grep other | sort >"$T/others"
make -s uninstall DESTDIR="$D" PREFIX="$prefix" >"$T/o" 2>&1; st=$?
check "make uninstall: exit 0" test $st = 0
find "$D" -type f -o -type l | sort >"$T/left"
check "make uninstall: every cwith file removed, every other file kept" diff "$T/others" "$T/left"
check "make uninstall: lib/cmake/cwith removed" test ! -e "$P/lib/cmake/cwith"
make -s uninstall DESTDIR="$D" PREFIX="$prefix" >"$T/o" 2>&1; st=$?
check "make uninstall again: nothing to do, exit 0" test $st = 0
