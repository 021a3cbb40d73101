#!/usr/bin/env python3
"""bench/shapes.py - hostile input shapes: is cwith linear on each?

    python3 bench/shapes.py [CWITH]        (make bench runs it as part S)
    python3 bench/shapes.py --list         the names of the shapes

For each shape, three inputs of growing size (items or MB) are generated
and translated; the report gives the CPU time per item (or per MB), cwith's
peak RSS against the input, the size of stderr and the exit status, and
the ratio of the time per unit at the largest size to the smallest. A
shape is called linear when that ratio is at most 1.5.

Environment: QUICK=1 smaller sizes and 1 run instead of 3 (the minimum is
kept); SHAPES=a,b only those shapes; TMPDIR where the inputs go.
"""
import os, random, shutil, subprocess, sys, tempfile

CWITH = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--list" else "build/cwith"
QUICK = os.environ.get("QUICK", "0") == "1"
RUNS = 1 if QUICK else 3


def lines_to_mb(mb, head, make_line, tail):
    """head, then make_line(i) for i = 0, 1, ... until the text reaches mb MB, then tail."""
    out, size, i = [head], len(head), 0
    target = int(mb * 1e6)
    while size < target:
        s = make_line(i)
        out.append(s)
        size += len(s)
        i += 1
    out.append(tail)
    return "".join(out)


# ------------------------------------------------------------------ shapes
# Each returns the text of one input of size n (items, or MB).

def returns(n):
    """one function, n sibling with-statements, each with a return."""
    body = "".join("    with (malloc(%d) as p%d) {\n        if (x == %d) return %d;\n"
                   "        use(p%d);\n    }\n" % (i + 1, i, i, i, i) for i in range(n))
    return "#include <stdlib.h>\nvoid use(void *);\nint f(int x)\n{\n" + body + "    return -1;\n}\n"


def nested_returns(n):
    """n with-statements nested 100 deep in runs; a return in each innermost body."""
    out = ["#include <stdlib.h>\nvoid use(void *);\nint f(int x)\n{\n"]
    for r in range(n // 100):
        for d in range(100):
            out.append("with (malloc(1) as p%d_%d) {\n" % (r, d))
        out.append("if (x == %d) return %d;\n" % (r, r))
        out.append("}\n" * 100)
    out.append("    return -1;\n}\n")
    return "".join(out)


def gotos(n):
    """one function: a with body holding n labels and n gotos (half of them out of it)."""
    out = ["#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) {\n"]
    for i in range(n):
        target = "out" if i % 2 else "L%d" % ((i * 7919) % n)
        out.append("    L%d: x += %d;\n        if (x > %d) goto %s;\n" % (i, i, i, target))
    out.append("    }\nout:\n    return x;\n}\n")
    return "".join(out)


def invalid(mb):
    """one line of malformed with-statements (one error each) in a function."""
    return lines_to_mb(mb, "#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) {",
                       lambda i: " with (%d) {}" % (i % 10), "\n    }\n    return x;\n}\n")


def garbage(mb):
    """one line of bytes that are no C tokens (and stray quotes) in a with body."""
    rnd = random.Random(14)
    chars = "@$`\\#'\"?"
    return lines_to_mb(mb, "#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) {",
                       lambda i: " " + "".join(rnd.choice(chars) for _ in range(7)),
                       "\n    }\n    return x;\n}\n")


def nesting(n):
    """blocks nested n deep inside a with body, a return at the bottom (the limit is 10000)."""
    return ("#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) {\n" + "{" * n +
            "if (x) return 1;" + "}" * n + "\n    }\n    return 0;\n}\n")


def macros(n):
    """n function-like #defines, each used in the with body of one function."""
    defs = "".join("#define M%d(x) ((x) + %d)\n" % (i, i) for i in range(n))
    uses = "".join("        x = M%d(x);\n" % i for i in range(n))
    return ("#include <stdlib.h>\n" + defs + "int f(int x)\n{\n    with (malloc(1) as p) {\n" +
            uses + "    }\n    return x;\n}\n")


def macro_funcs(mb):
    """200 #defines, then small functions whose with bodies use them."""
    defs = "".join("#define M%d(x) ((x) + %d)\n" % (i, i) for i in range(200))
    return lines_to_mb(mb, "#include <stdlib.h>\n" + defs,
                       lambda i: "int f%d(int x)\n{\n    with (malloc(1) as p) {\n"
                                 "        x = M%d(x) + M%d(x);\n    }\n    return x;\n}\n"
                                 % (i, i % 200, (i * 7) % 200), "")


def defers(n):
    """one block with n defers, a return at the end."""
    body = "".join("    void *p%d = malloc(1);\n    defer free(p%d);\n" % (i, i) for i in range(n))
    return "#include <stdlib.h>\nint f(int x)\n{\n" + body + "    return x;\n}\n"


def exit_blocks(n):
    """n blocks in one function, each a defer and a block ending in exit()
    (cwith looks for a local named exit: once per function)."""
    body = "".join("    if (x == %d) { defer free(q); g(x); exit(1); }\n" % i for i in range(n))
    return ("#include <stdlib.h>\nvoid g(int);\nint f(int x, void *q)\n{\n" + body +
            "    return 0;\n}\n")


def elseif(n):
    """else-if chains of 1000 links, n links in all, in with bodies."""
    out = ["#include <stdlib.h>\nint f(int x)\n{\n"]
    for c in range(n // 1000):
        out.append("    with (malloc(1) as p%d) {\n        if (x == 0) return 0;\n" % c)
        out.extend("        else if (x == %d) return %d;\n" % (i, i) for i in range(1, 1000))
        out.append("    }\n")
    out.append("    return -1;\n}\n")
    return "".join(out)


def huge_plain(mb):
    """one function without with of mb MB (the fast path skips it)."""
    return lines_to_mb(mb, "int f(int *a, int n)\n{\n    int s = 0;\n",
                       lambda i: "    if (a[%d %% n] > %d) s += a[%d %% n]; else s -= %d;\n"
                                 % (i, i, i + 1, i), "    return s;\n}\n")


def huge_with(mb):
    """one function of mb MB that holds a with-statement (parsed in full)."""
    return lines_to_mb(mb, "#include <stdlib.h>\nint f(int *a, int n)\n{\n    int s = 0;\n"
                       "    with (malloc(1) as p) { s = 1; }\n",
                       lambda i: "    if (a[%d %% n] > %d) s += a[%d %% n]; else s -= %d;\n"
                                 % (i, i, i + 1, i), "    return s;\n}\n")


def small_funcs(mb):
    """many small functions, each with a with-statement and a return."""
    return lines_to_mb(mb, "#include <stdlib.h>\n",
                       lambda i: "int f%d(int x)\n{\n    with (malloc(%d) as p) {\n"
                                 "        if (x) return x;\n    }\n    return 0;\n}\n"
                                 % (i, i + 1), "")


def cleanups(mb):
    """many small functions, each with a cleanup variable and a with-statement."""
    return lines_to_mb(mb, "#include <stdlib.h>\nvoid done(int *);\n",
                       lambda i: "int f%d(int x)\n{\n    int c __attribute__((cleanup(done))) = x;\n"
                                 "    with (malloc(%d) as p) {\n        if (x) return c;\n    }\n"
                                 "    return 0;\n}\n" % (i, i + 1), "")


def takes(n):
    """one function, n with-statements each handing its resource out with cwith_take."""
    body = "".join("    with (malloc(1) as p%d) { if (x == %d) return cwith_take(p%d); }\n" % (i, i, i)
                   for i in range(n))
    return "#include <stdlib.h>\nvoid *f(int x)\n{\n" + body + "    return 0;\n}\n"


def cleanup_returns(n):
    """one function, n cleanup variables, then n with-statements each holding a return."""
    decls = "".join("    int c%d __attribute__((cleanup(done))) = x + %d;\n" % (i, i) for i in range(n))
    body = "".join("    with (malloc(1) as p%d) { if (x == %d) return c%d; }\n" % (i, i, i)
                   for i in range(n))
    return ("#include <stdlib.h>\nvoid done(int *);\nint f(int x)\n{\n" + decls + body +
            "    return 0;\n}\n")


def asm_gotos(n):
    """one function: a with-statement, then n asm gotos, each to a label after it."""
    body = "".join('    asm goto("" :::: l%d);\n    l%d: x++;\n' % (i, i) for i in range(n))
    return ("#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) { x++; }\n" + body +
            "    return x;\n}\n")


def cleanup_nested(n):
    """a cleanup variable, then one with body holding n/4 nested blocks and 3n/4 returns innermost."""
    d = n // 4
    body = ("    int c __attribute__((cleanup(done))) = x;\n    with (malloc(1) as p) {\n" + "{\n" * d +
            "".join("if (x == %d) return %d;\n" % (i, i) for i in range(n - d)) + "}\n" * d + "    }\n")
    return "#include <stdlib.h>\nvoid done(int *);\nint f(int x)\n{\n" + body + "    return 0;\n}\n"


def cleanup_errors(n):
    """n/4 nested blocks in a with body, each with a cleanup variable, then 3n/4 gotos out (refused: each an error)."""
    d = n // 4
    body = ("    with (malloc(1) as p) {\n" +
            "".join("{ int c%d __attribute__((cleanup(done))) = x;\n" % i for i in range(d)) +
            "".join("if (x == %d) goto out;\n" % i for i in range(n - d)) + "}\n" * d + "    }\nout:\n")
    return "#include <stdlib.h>\nvoid done(int *);\nint f(int x)\n{\n" + body + "    return 0;\n}\n"


def local_labels(n):
    """one with body of n blocks, each declaring the GNU local label L (`__label__ L;`) and a goto to it."""
    body = "".join("        { __label__ L; L: x++; if (x == %d) goto L; }\n" % i for i in range(n))
    return ("#include <stdlib.h>\nint f(int x)\n{\n    with (malloc(1) as p) {\n" + body +
            "    }\n    return x;\n}\n")


def items_else(n):
    """one with-statement of n items with an else (each failure runs the exits before it)."""
    items = ", ".join("malloc(%d) as p%d" % (i + 1, i) for i in range(n))
    return ("#include <stdlib.h>\nint f(int x)\n{\n    with (" + items + ") { x++; } else x--;\n"
            "    return x;\n}\n")


def macro_rettype(n):
    """n object-like #defines, then n functions returning a typedef name, each with a with-statement holding a return."""
    defs = "".join("#define M%d %d\n" % (i, i) for i in range(n))
    funcs = "".join("T f%d(int x)\n{\n    with (malloc(1) as p) { if (x) return 1; }\n    return 0;\n}\n" % i
                    for i in range(n))
    return "#include <stdlib.h>\ntypedef int T;\n" + defs + funcs


def defer_returns(n):
    """one function: n times a malloc, a defer freeing it and a return if it failed."""
    body = "".join("    void *p%d = malloc(1);\n    defer free(p%d);\n    if (!p%d) return -1;\n" % (i, i, i)
                   for i in range(n))
    return "#include <stdlib.h>\nint f(void)\n{\n" + body + "    return 0;\n}\n"


def macro_managers(n):
    """n with-statements whose manager is a macro (refused in the build step: n errors)."""
    defs = "".join("#define OPEN%d(p) fopen(p, \"r\")\n" % i for i in range(n))
    body = "".join("    with (OPEN%d(\"x\") as f%d) { x++; }\n" % (i, i) for i in range(n))
    return "#include <stdio.h>\n" + defs + "int f(int x)\n{\n" + body + "    return x;\n}\n"


def split_ifs(n):
    """n with-statements whose header is in one branch of an #if (refused: n errors)."""
    body = "".join("#ifdef A%d\n    with (malloc(1) as p%d) {\n#else\n    {\n#endif\n    x++; }\n"
                   % (i, i) for i in range(n))
    return "#include <stdlib.h>\nint f(int x)\n{\n" + body + "    return x;\n}\n"


def paste_macros(n):
    """n macros that paste their argument (F0(a) a ## _x0), each used once in one with body."""
    defs = "".join("#define F%d(a) a ## _x%d\n" % (i, i) for i in range(n))
    body = "".join("        int F%d(v);\n" % i for i in range(n))
    return ("#include <stdlib.h>\n" + defs + "int f(void)\n{\n    with (malloc(1) as p) {\n" +
            body + "    }\n    return 0;\n}\n")


def cleanup_macros(n):
    """one with body declaring n variables whose cleanup attribute a macro gives."""
    body = "".join("        _cleanup_(done) int c%d = x;\n" % i for i in range(n))
    return ("#include <stdlib.h>\n#define _cleanup_(f) __attribute__((cleanup(f)))\n"
            "void done(int *);\nint f(int x)\n{\n    with (malloc(1) as p) {\n" + body +
            "    }\n    return 0;\n}\n")


def macro_cycles(n):
    """n macros in cycles of 50, each using itself, the next and three others of its cycle (each followed to a fixed point), used in one with body."""
    defs = []
    for i in range(n):
        base, k = i - i % 50, i % 50
        others = " + ".join("C%d" % (base + (k + j) % 50) for j in (0, 1, 7, 19, 33))
        defs.append("#define C%d (%s)\n" % (i, others))
    uses = "".join("        x += C%d;\n" % i for i in range(0, n, 50))
    return ("#include <stdlib.h>\n" + "".join(defs) + "int f(int x)\n{\n"
            "    with (malloc(1) as p) {\n" + uses + "    }\n    return x;\n}\n")


def macro_redefs(n):
    """one name #defined n times in #if branches, each using itself twice, used n times in one with body."""
    defs = "".join("#%s V == %d\n#define T (T + T + %d)\n" % ("if" if i == 0 else "elif", i, i)
                   for i in range(n)) + "#endif\n"
    uses = "        x += T;\n" * n
    return ("#include <stdlib.h>\n" + defs + "int f(int x)\n{\n    with (malloc(1) as p) {\n" +
            uses + "    }\n    return x;\n}\n")


def redefined_uses(n):
    """n functions, each using USE (whose text uses H) in a with body, each followed by #undef H and a new #define H."""
    parts = ["#include <stdlib.h>\n#define USE(x) H(x)\n#define H(x) (x)\n"]
    for i in range(n):
        parts.append("int f%d(int v) { with (malloc(1) as p) { v += USE(v); } return v; }\n"
                     "#undef H\n#define H(x) ((x) + %d)\n" % (i, i))
    return "".join(parts)


def macro_nesting(n):
    """one macro whose text is n nested for (;;) (each control statement's end found once), used after a with-statement."""
    return ("#include <stdlib.h>\n#define M " + "for (;;) " * n + ";\n"
            "int f(void)\n{\n    with (malloc(1) as p) { }\n    M\n    return 0;\n}\n")


def macro_passes(n):
    """n macros in one cycle where an escape moves back one macro a pass (refused after 32 passes: exit 1)."""
    defs = ["#define X1(a) X2(a) return\n"]
    for i in range(2, n + 1):
        defs.append("#define X%d(a) %s X%d(a)\n" % (i, "X%d(a)" % (i + 1) if i < n else "", i - 1))
    return ("#include <stdlib.h>\n" + "".join(defs) +
            "int f(void)\n{\n    with (malloc(1) as p) { X%d(0); }\n    return 0;\n}\n" % (n // 2))


def typedefs(n):
    """n typedefs, then one function returning the first, a return in its with body."""
    defs = "".join("typedef unsigned long T%d;\n" % i for i in range(n))
    return ("#include <stdlib.h>\n" + defs +
            "T0 f(int x)\n{\n    with (malloc(1) as p) { if (x) return 1; }\n    return 0;\n}\n")


def typedef_funcs(n):
    """n typedefs, then n functions each returning one of them, a return in each with body."""
    defs = "".join("typedef unsigned long T%d;\n" % i for i in range(n))
    funcs = "".join("T%d f%d(int x)\n{\n    with (malloc(1) as p) { if (x) return %d; }\n"
                    "    return 0;\n}\n" % (i, i, i) for i in range(n))
    return "#include <stdlib.h>\n" + defs + funcs


def line_marks(n):
    """one function: after one #line naming a file, n #line without one, each before a with-statement."""
    body = "".join("#line %d\n    with (malloc(1) as p%d) { x++; }\n" % (i + 10, i) for i in range(n))
    return ('#include <stdlib.h>\nint f(int x)\n{\n#line 1 "a.c"\n' + body +
            "    return x;\n}\n")


INPUT_DIR = None        # where main writes the input: headers go next to it
HEADER_DIR = "headers"  # their directory there (main removes it after each input)


def write_headers(texts):
    """writes texts[i] to headers/h<i>.h next to the input; the names to include."""
    d = os.path.join(INPUT_DIR, HEADER_DIR)
    os.makedirs(d, exist_ok=True)
    names = []
    for i, text in enumerate(texts):
        names.append("%s/h%d.h" % (HEADER_DIR, i))
        with open(os.path.join(INPUT_DIR, names[-1]), "w") as f:
            f.write(text)
    return names


def headers(n):
    """n headers each #defining one macro, included one by one, then one with body using each."""
    names = write_headers("#define HM%d(x) ((x) + %d)\n" % (i, i) for i in range(n))
    incs = "".join('#include "%s"\n' % name for name in names)
    uses = "".join("        x = HM%d(x);\n" % i for i in range(n))
    return ("#include <stdlib.h>\n" + incs + "int f(int x)\n{\n    with (malloc(1) as p) {\n" +
            uses + "    }\n    return x;\n}\n")


def header_funcs(n):
    """n headers each #defining one macro, each included before a function whose with body uses it."""
    names = write_headers("#define HM%d(x) ((x) + %d)\n" % (i, i) for i in range(n))
    parts = ["#include <stdlib.h>\n"]
    for i, name in enumerate(names):
        parts.append('#include "%s"\nint f%d(int x)\n{\n    with (malloc(1) as p) { x = HM%d(x); }\n'
                     "    return x;\n}\n" % (name, i, i))
    return "".join(parts)


def nested_withs(n):
    """n with-statements nested in one another (the limit is about 5000), a call in each."""
    return ("#include <stdlib.h>\nvoid use(void *);\nint f(int x)\n{\n" +
            "".join("with (malloc(1) as p%d) {\nuse(p%d);\n" % (d, d) for d in range(n)) +
            "}" * n + "\nreturn x;\n}\n")


def nested_each_ret(n):
    """n with-statements nested in one another, a return in each (the return ladder)."""
    return ("#include <stdlib.h>\nint f(int x)\n{\n" +
            "".join("with (malloc(1) as p%d) {\nif (x == %d) return %d;\n" % (d, d, d)
                    for d in range(n)) +
            "}" * n + "\nreturn -1;\n}\n")


ITEMS = (10000, 30000, 100000)
QITEMS = (3000, 10000, 30000)
MBS = (1, 10, 100)
QMBS = (1, 3, 10)
# name: (generator, unit, sizes, quick sizes, expected exit status)
SHAPES = {
    "returns":       (returns, "item", ITEMS, QITEMS, 0),
    "nested-ret":    (nested_returns, "item", ITEMS, QITEMS, 0),
    "gotos":         (gotos, "item", ITEMS, QITEMS, 0),
    "invalid":       (invalid, "MB", MBS, QMBS, 1),
    "garbage":       (garbage, "MB", MBS, QMBS, None),
    "nesting":       (nesting, "item", (900, 3000, 9000), (900, 3000, 9000), 0),
    "nested-with":   (nested_withs, "item", (450, 1500, 4500), (450, 1500, 4500), 0),
    "nested-each":   (nested_each_ret, "item", (450, 1500, 4500), (450, 1500, 4500), 0),
    "macros":        (macros, "item", ITEMS, QITEMS, 0),
    "macro-funcs":   (macro_funcs, "MB", MBS, QMBS, 0),
    "defers":        (defers, "item", ITEMS, QITEMS, 0),
    "exit-blocks":   (exit_blocks, "item", ITEMS, QITEMS, 0),
    "else-if":       (elseif, "item", ITEMS, QITEMS, 0),
    "huge-plain":    (huge_plain, "MB", MBS, QMBS, 0),
    "huge-with":     (huge_with, "MB", MBS, QMBS, 0),
    "small-funcs":   (small_funcs, "MB", MBS, QMBS, 0),
    "cleanups":      (cleanups, "MB", MBS, QMBS, 0),
    "takes":         (takes, "item", ITEMS, QITEMS, 0),
    "cleanup-ret":   (cleanup_returns, "item", ITEMS, QITEMS, 0),
    "asm-gotos":     (asm_gotos, "item", ITEMS, QITEMS, 0),
    "cleanup-nested": (cleanup_nested, "item", ITEMS, QITEMS, 0),
    "cleanup-errors": (cleanup_errors, "item", ITEMS, QITEMS, 1),
    "local-labels":  (local_labels, "item", ITEMS, QITEMS, 0),
    "items-else":    (items_else, "item", ITEMS, QITEMS, 0),
    "macro-rettype": (macro_rettype, "item", ITEMS, QITEMS, 0),
    "defer-returns": (defer_returns, "item", ITEMS, QITEMS, 0),
    "macro-mgrs":    (macro_managers, "item", ITEMS, QITEMS, 1),
    "split-ifs":     (split_ifs, "item", ITEMS, QITEMS, 1),
    "paste-macros":  (paste_macros, "item", ITEMS, QITEMS, 0),
    "cleanup-macros": (cleanup_macros, "item", ITEMS, QITEMS, 0),
    "macro-cycles":  (macro_cycles, "item", ITEMS, QITEMS, 0),
    "macro-redefs":  (macro_redefs, "item", ITEMS, QITEMS, 0),
    "redefined-uses": (redefined_uses, "item", ITEMS, QITEMS, 0),
    "macro-nesting": (macro_nesting, "item", ITEMS, QITEMS, 0),
    "macro-passes":  (macro_passes, "item", (900, 3000, 9000), (900, 3000, 9000), 1),
    "typedefs":      (typedefs, "item", ITEMS, QITEMS, 0),
    "typedef-funcs": (typedef_funcs, "item", ITEMS, QITEMS, 0),
    "line-marks":    (line_marks, "item", ITEMS, QITEMS, 0),
    "headers":       (headers, "item", ITEMS, QITEMS, 0),
    "header-funcs":  (header_funcs, "item", ITEMS, QITEMS, 0),
}


def run(path):
    """min CPU time (s) of RUNS runs, peak RSS (KiB), stderr bytes, exit status."""
    best, rss = None, 0
    for _ in range(RUNS):
        with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as err:
            p = subprocess.Popen([CWITH, path, "-o", "/dev/null"], stdout=null, stderr=err)
            _, status, usage = os.wait4(p.pid, 0)
            # CPU time (user + system): on a shared machine wall time
            # mostly measures the other jobs
            dt = usage.ru_utime + usage.ru_stime
            err.seek(0, 2)
            errsize = err.tell()
        best = dt if best is None else min(best, dt)
        code = os.waitstatus_to_exitcode(status)
    # peak RSS by GNU time (a child of this process would count the
    # memory of the python process it was forked from), writing a file as
    # a build does (to /dev/null cwith keeps the output in memory)
    out = path + ".out.c"
    with tempfile.NamedTemporaryFile("r") as m:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", m.name, CWITH, path, "-o", out],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rss = int(m.read().split()[-1])
    if os.path.exists(out):
        os.unlink(out)
    return best, rss, errsize, code


def main():
    if sys.argv[1:] == ["--list"]:
        print(" ".join(SHAPES))
        return 0
    pick = [s for s in os.environ.get("SHAPES", "").split(",") if s]
    unknown = [s for s in pick if s not in SHAPES]
    if unknown:
        sys.exit("shapes: unknown shape(s) %s; known: %s" % (", ".join(unknown), " ".join(SHAPES)))
    global INPUT_DIR
    tmp = INPUT_DIR = tempfile.mkdtemp(prefix="cwith-shapes.")
    print()
    print("S. Hostile shapes: cwith's CPU time (user+sys) per unit at three sizes (minimum of %d run%s), peak RSS"
          % (RUNS, "" if RUNS == 1 else "s"))
    print("   shape        size           MB   ms total   per unit | RSS MB  xinput | stderr B  exit")
    summary, bad = [], []
    for name, (gen, unit, sizes, qsizes, want) in SHAPES.items():
        if pick and name not in pick:
            continue
        per = []
        for n in (qsizes if QUICK else sizes):
            path = os.path.join(tmp, name + ".c")
            with open(path, "w") as f:
                f.write(gen(n))     # (not kept: the text of 100 MB is large)
            size = os.path.getsize(path)
            t, rss, errsize, code = run(path)
            os.unlink(path)
            shutil.rmtree(os.path.join(tmp, HEADER_DIR), ignore_errors=True)
            units = size / 1e6 if unit == "MB" else n
            pu = t * 1e3 / units if unit == "MB" else t * 1e6 / units
            per.append(pu)
            rss_mb = rss * 1024 / 1e6
            print("   %-12s %6d %-5s %7.1f %10.1f %7.2f %s | %6.1f %6.2fx | %8d  %d%s"
                  % (name, n, "MB" if unit == "MB" else "items", size / 1e6, t * 1e3, pu,
                     "ms/MB " if unit == "MB" else "us/item", rss_mb, rss_mb / (size / 1e6),
                     errsize, code, "" if want is None or code == want else "  (expected %d)" % want))
            if (want is not None and code != want) or code < 0:
                bad.append("%s at %d: exit %d, expected %d" % (name, n, code, want))
        ratio = per[-1] / per[0]
        summary.append((ratio, name))
    print()
    print("   Linearity: time per unit at the largest size / at the smallest (goal <= 1.5)")
    for ratio, name in summary:
        print("     %-12s %5.2f  %s" % (name, ratio, "ok" if ratio <= 1.5 else "NOT LINEAR"))
    worst = max(summary) if summary else (0, "-")
    print("   Goals")
    print("   %-6s linear on every shape (ratio <= 1.5): worst %.2f (%s)"
          % ("MET" if worst[0] <= 1.5 else "MISSED", worst[0], worst[1]))
    for b in bad:
        print("   WARNING: " + b)
    os.rmdir(tmp)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
