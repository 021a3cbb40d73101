# cwith: translator, runtime and tests.
#   make            build build/cwith and build/libcwith.a
#   make check      run the test suite (tests/run.sh) with an ASan/UBSan build
#   make example    translate, build and run examples/hello.cw
#   make check-corpus   third-party C corpora through cwith (tests/corpus/)
#   make bench      benchmarks (bench/)
#   make fuzz       [FUZZ_TIME=seconds] libFuzzer campaign (tests/fuzz/), clang
#   make install    [PREFIX=/usr/local] [DESTDIR=staging] [BINDIR= LIBDIR= ...]
#   make uninstall  the same variables: removes what install wrote
CC      ?= cc
CFLAGS  ?= -O3 -g
CPPFLAGS ?=
LDFLAGS ?=
WARN    := -std=c11 -Wall -Wextra -Werror
# the generated parser is not ours to lint strictly
GENWARN := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wno-unused-function -Wno-sign-compare
BISON   ?= bison
B       := build

SRCS    := main.c wrapper.c respace.c translate.c util.c diag.c lexer/lexer.c lexer/filter.c parser/tree.c \
           codegen/analyze.c codegen/macros.c codegen/rettype.c codegen/codegen.c
GEN     := $(B)/parser.c
HDRS    := translate.h wrapper.h respace.h translator.h parser/tree.h $(B)/parser.h
INC     := -I. -I$(B) -Iparser

all: $(B)/cwith $(B)/libcwith.a

$(B):
	mkdir -p $@

$(B)/parser.c $(B)/parser.h: parser/parser.y | $(B)
	$(BISON) -Wall -Werror --defines=$(B)/parser.h -o $(B)/parser.c $<

OBJS     := $(SRCS:%.c=$(B)/%.o) $(B)/parser.o
ASANOBJS := $(SRCS:%.c=$(B)/asan/%.o) $(B)/asan/parser.o
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

$(B)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(INC) -c $< -o $@
$(B)/parser.o: $(B)/%.o: $(B)/%.c $(HDRS)
	$(CC) $(GENWARN) $(CPPFLAGS) $(CFLAGS) $(INC) -c $< -o $@
$(B)/asan/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SANFLAGS) $(INC) -c $< -o $@
$(B)/asan/parser.o: $(B)/asan/%.o: $(B)/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(GENWARN) $(SANFLAGS) $(INC) -c $< -o $@

$(B)/cwith: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS)
$(B)/cwith-asan: $(ASANOBJS)
	$(CC) $(SANFLAGS) -o $@ $(ASANOBJS)

# Two objects from one file: the thread-local part is linked only into
# programs whose code uses thread-local storage, so tcc (whose linker knows
# no TLS relocations) links with this same library. -fPIC: the installed
# libcwith.a must also link into shared libraries (the hot path, frame push
# and pop, is inline in the user's code). Makefile is a prerequisite so that
# a change of these flags rebuilds the archive.
$(B)/libcwith.a: runtime/cwith.c runtime/cwith.h Makefile | $(B)
	$(CC) -std=c99 -Wall -Wextra -Werror -fPIC $(CPPFLAGS) $(CFLAGS) -DCWITH_PART_RUNTIME -c runtime/cwith.c -o $(B)/cwith-rt.o
	$(CC) -std=c99 -Wall -Wextra -Werror -fPIC $(CPPFLAGS) $(CFLAGS) -DCWITH_PART_TLS -c runtime/cwith.c -o $(B)/cwith-tls.o
	rm -f $@
	ar rcs $@ $(B)/cwith-rt.o $(B)/cwith-tls.o

check: $(B)/cwith $(B)/cwith-asan $(B)/libcwith.a
	bash runtime/selftest.sh
	CWITH=$(B)/cwith-asan bash tests/run.sh

# libFuzzer targets (tests/fuzz/README.md): the translator built by clang
# with -fsanitize=fuzzer-no-link,address,undefined, linked with each
# harness. `make fuzz` runs both for FUZZ_TIME seconds (at once on two
# cores); `make check` replays the saved corpus and the crash inputs
# (tests/cli/fuzz-replay.sh).
FUZZCC    ?= clang
FUZZ_TIME ?= 60
FUZZFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZSRCS  := $(filter-out main.c,$(SRCS))
FUZZOBJS  := $(FUZZSRCS:%.c=$(B)/fuzz/%.o) $(B)/fuzz/parser.o
FUZZBINS  := $(B)/fuzz/fuzz-translate $(B)/fuzz/fuzz-props

$(B)/fuzz/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZCC) -std=c11 -Wall -Wextra $(FUZZFLAGS) -fsanitize=fuzzer-no-link $(INC) -c $< -o $@
$(B)/fuzz/parser.o: $(B)/fuzz/%.o: $(B)/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZCC) $(GENWARN) $(FUZZFLAGS) -fsanitize=fuzzer-no-link $(INC) -c $< -o $@
$(B)/fuzz/fuzz-%: tests/fuzz/fuzz-%.c translate.h $(FUZZOBJS)
	$(FUZZCC) -std=c11 -Wall -Wextra $(FUZZFLAGS) -fsanitize=fuzzer -I. $< $(FUZZOBJS) -o $@

# objects built for a pattern rule's target are kept, not deleted
.SECONDARY: $(FUZZOBJS)
fuzz-build: $(FUZZBINS)

fuzz: $(FUZZBINS)
	bash tests/fuzz/run.sh $(FUZZ_TIME)

# third-party C through cwith (issue: fidelity); FULL=1 for every file
check-corpus: $(B)/cwith $(B)/libcwith.a
	bash tests/corpus/run.sh

# translator speed and generated-code cost
bench: $(B)/cwith $(B)/libcwith.a
	bash bench/run.sh

example: $(B)/cwith $(B)/libcwith.a
	$(B)/cwith examples/hello.cw -o $(B)/hello.c
	$(CC) -std=c99 -Wall -Wextra -Iruntime $(B)/hello.c -L$(B) -lcwith -o $(B)/hello
	cd $(B) && ./hello && cat hello.txt

# ---------------------------------------------------------------------
# Install: the translator, the runtime (header, PIC archive), the manual,
# and what pkg-config, Meson and CMake need to find them.
# ---------------------------------------------------------------------
PREFIX       ?= /usr/local
BINDIR       ?= $(PREFIX)/bin
INCLUDEDIR   ?= $(PREFIX)/include
LIBDIR       ?= $(PREFIX)/lib
MANDIR       ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
CMAKEDIR     ?= $(LIBDIR)/cmake/cwith
INSTALL      ?= install
# one version, the one --version prints
VERSION      := $(shell sed -n 's/^\#define CWITH_VERSION "\(.*\)"$$/\1/p' translate.h)
VERSION_MAJOR := $(firstword $(subst ., ,$(VERSION)))

# every file install writes: uninstall removes exactly these
INSTALLED := $(BINDIR)/cwith $(INCLUDEDIR)/cwith.h $(LIBDIR)/libcwith.a \
             $(MANDIR)/man1/cwith.1 $(PKGCONFIGDIR)/cwith.pc \
             $(CMAKEDIR)/cwithConfig.cmake $(CMAKEDIR)/cwithConfigVersion.cmake

# cwith.pc says ${prefix}/... for the directories under PREFIX (so that
# pkg-config --define-prefix can relocate it); the CMake files name every
# directory relative to CMAKEDIR (so that a DESTDIR tree works as it is).
pcdir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
reldir = $(shell realpath -m --relative-to='$(CMAKEDIR)' '$(1)')
SUBST = sed -e 's|@PREFIX@|$(PREFIX)|g' \
	-e 's|@BINDIR@|$(call pcdir,$(BINDIR))|g' \
	-e 's|@INCLUDEDIR@|$(call pcdir,$(INCLUDEDIR))|g' \
	-e 's|@LIBDIR@|$(call pcdir,$(LIBDIR))|g' \
	-e 's|@REL_BINDIR@|$(call reldir,$(BINDIR))|g' \
	-e 's|@REL_INCLUDEDIR@|$(call reldir,$(INCLUDEDIR))|g' \
	-e 's|@REL_LIBDIR@|$(call reldir,$(LIBDIR))|g' \
	-e 's|@VERSION@|$(VERSION)|g' \
	-e 's|@VERSION_MAJOR@|$(VERSION_MAJOR)|g' \
	-e 's|@VERSION_NEXT_MAJOR@|$(shell echo $$(($(VERSION_MAJOR) + 1)))|g' \
	-e "s|@SIZEOF_VOID_P@|$$($(CC) $(CPPFLAGS) $(CFLAGS) -dM -E -x c /dev/null | sed -n 's/^\#define __SIZEOF_POINTER__ //p')|g"

install: $(B)/cwith $(B)/libcwith.a
	@for d in '$(PREFIX)' '$(BINDIR)' '$(INCLUDEDIR)' '$(LIBDIR)' '$(MANDIR)' \
		'$(PKGCONFIGDIR)' '$(CMAKEDIR)'; do \
		case $$d in /*) ;; *) echo "install: '$$d' is not an absolute directory" >&2; exit 2 ;; esac; \
	done
	mkdir -p $(B)/dist
	$(SUBST) dist/cwith.pc.in >$(B)/dist/cwith.pc
	$(SUBST) dist/cwithConfig.cmake.in >$(B)/dist/cwithConfig.cmake
	$(SUBST) dist/cwithConfigVersion.cmake.in >$(B)/dist/cwithConfigVersion.cmake
	$(INSTALL) -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(INCLUDEDIR)' '$(DESTDIR)$(LIBDIR)' \
		'$(DESTDIR)$(MANDIR)/man1' '$(DESTDIR)$(PKGCONFIGDIR)' '$(DESTDIR)$(CMAKEDIR)'
	$(INSTALL) -m 755 $(B)/cwith '$(DESTDIR)$(BINDIR)/cwith'
	$(INSTALL) -m 644 runtime/cwith.h '$(DESTDIR)$(INCLUDEDIR)/cwith.h'
	$(INSTALL) -m 644 $(B)/libcwith.a '$(DESTDIR)$(LIBDIR)/libcwith.a'
	$(INSTALL) -m 644 man/cwith.1 '$(DESTDIR)$(MANDIR)/man1/cwith.1'
	$(INSTALL) -m 644 $(B)/dist/cwith.pc '$(DESTDIR)$(PKGCONFIGDIR)/cwith.pc'
	$(INSTALL) -m 644 $(B)/dist/cwithConfig.cmake $(B)/dist/cwithConfigVersion.cmake \
		'$(DESTDIR)$(CMAKEDIR)'

# Only the files above, and the one directory that is cwith's alone
# (bin/, lib/pkgconfig/ ... may hold other packages' files).
uninstall:
	rm -f $(foreach f,$(INSTALLED),'$(DESTDIR)$(f)')
	if [ -d '$(DESTDIR)$(CMAKEDIR)' ]; then rmdir '$(DESTDIR)$(CMAKEDIR)'; fi

clean:
	rm -rf $(B)

.PHONY: all check check-corpus bench example install uninstall clean fuzz fuzz-build
