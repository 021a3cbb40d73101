# cwith: translator, runtime and tests.
#   make            build build/cwith and build/libcwith.a
#   make check      run the test suite (tests/run.sh) with an ASan/UBSan build
#   make example    translate, build and run examples/hello.cw
#   make check-corpus   third-party C corpora through cwith (tests/corpus/)
#   make bench      benchmarks (bench/)
CC      ?= cc
CFLAGS  ?= -O2 -g
CPPFLAGS ?=
LDFLAGS ?=
WARN    := -std=c11 -Wall -Wextra -Werror
# the generated scanner and parser are not ours to lint strictly
GENWARN := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wno-unused-function -Wno-sign-compare
FLEX    ?= flex
BISON   ?= bison
B       := build

SRCS    := main.c translate.c util.c diag.c lexer/filter.c parser/tree.c \
           codegen/analyze.c codegen/rettype.c codegen/codegen.c
GEN     := $(B)/lexer.c $(B)/parser.c
HDRS    := translate.h translator.h parser/tree.h $(B)/parser.h
INC     := -I. -I$(B) -Iparser

all: $(B)/cwith $(B)/libcwith.a

$(B):
	mkdir -p $@

$(B)/parser.c $(B)/parser.h: parser/parser.y | $(B)
	$(BISON) -Wall -Werror --defines=$(B)/parser.h -o $(B)/parser.c $<

$(B)/lexer.c: lexer/lexer.l | $(B)
	$(FLEX) -o $@ $<

OBJS     := $(SRCS:%.c=$(B)/%.o) $(B)/lexer.o $(B)/parser.o
ASANOBJS := $(SRCS:%.c=$(B)/asan/%.o) $(B)/asan/lexer.o $(B)/asan/parser.o
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

$(B)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(INC) -c $< -o $@
$(B)/lexer.o $(B)/parser.o: $(B)/%.o: $(B)/%.c $(HDRS)
	$(CC) $(GENWARN) $(CPPFLAGS) $(CFLAGS) $(INC) -c $< -o $@
$(B)/asan/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SANFLAGS) $(INC) -c $< -o $@
$(B)/asan/lexer.o $(B)/asan/parser.o: $(B)/asan/%.o: $(B)/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(GENWARN) $(SANFLAGS) $(INC) -c $< -o $@

$(B)/cwith: $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS)
$(B)/cwith-asan: $(ASANOBJS)
	$(CC) $(SANFLAGS) -o $@ $(ASANOBJS)

# two objects from one file: the thread-local part is linked only into
# programs whose code uses thread-local storage, so tcc (whose linker knows
# no TLS relocations) links with this same library (runtime/cwith.c)
$(B)/libcwith.a: runtime/cwith.c runtime/cwith.h | $(B)
	$(CC) -std=c99 -Wall -Wextra -Werror $(CPPFLAGS) $(CFLAGS) -DCWITH_PART_RUNTIME -c runtime/cwith.c -o $(B)/cwith-rt.o
	$(CC) -std=c99 -Wall -Wextra -Werror $(CPPFLAGS) $(CFLAGS) -DCWITH_PART_TLS -c runtime/cwith.c -o $(B)/cwith-tls.o
	rm -f $@
	ar rcs $@ $(B)/cwith-rt.o $(B)/cwith-tls.o

check: $(B)/cwith $(B)/cwith-asan $(B)/libcwith.a
	bash runtime/selftest.sh
	CWITH=$(B)/cwith-asan bash tests/run.sh

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

clean:
	rm -rf $(B)

.PHONY: all check check-corpus bench example clean
