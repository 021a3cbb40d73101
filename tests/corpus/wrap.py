#!/usr/bin/env python3
"""wrap.py -- insert with-statements around statement runs of a C file.

    python3 wrap.py [--seed N] [--max K] IN.c OUT.c

Deterministic: the choices depend only on --seed and the file's name and
bytes.  Prints one line "wrappers=N candidates=M" on stdout (N = 0: nothing
suitable, OUT.c is a copy).  No newline is inserted, so every original line
keeps its number; the manager (lib/cw-manager.h) is force-included by gcc.

A run is a sequence of whole statements of one compound statement (a block
`{...}` inside a function body, not a statement expression, not a nested
function, not data).  It becomes `with (cw_enter()) { RUN }`, or for a
single non-declaration statement sometimes `with (cw_enter() as cwv) STMT`.
Runs are skipped when wrapping them could change the meaning or hit one of
cwith's documented rejections:
  * a declaration among its statements, unless the run ends at the end of
    its block (nothing after it could use the name);
  * a case/default label whose switch is outside the run;
  * a label that a goto outside the run targets;
  * a function containing `goto *`, unary `&&label`, `asm goto`,
    `__label__` (nonlocal goto from a nested function skips the exits,
    like longjmp), or a macro used as a statement without ';' or as a type
    (`T(float, float)` / `vector(4, int) v`): the run cannot be delimited;
  * setjmp/longjmp family and exit() calls (they skip exits, see README);
  * a preprocessor directive inside the run.
"""
import random
import re
import sys
import zlib

PUNCT3 = ('<<=', '>>=', '...')
PUNCT2 = ('->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
          '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '##', '<:', ':>',
          '<%', '%>')
TYPE_WORDS = set('''int char short long unsigned signed float double void
_Bool _Complex __complex__ struct union enum const volatile static register
extern typedef auto inline __inline __inline__ __attribute__ __attribute
typeof __typeof__ __typeof _Atomic __int128 _Alignas _Static_assert
__label__ __extension__ restrict __restrict __restrict__ _Thread_local
__thread _Noreturn _Float32 _Float64 _Float128 _Decimal32 _Decimal64
_Decimal128 __volatile__ __const __signed__ __signed _Float16'''.split())
KEYWORDS = TYPE_WORDS | set('''if else while for do switch case default
break continue return goto sizeof asm __asm__ __asm _Alignof __alignof__
_Generic'''.split())
JMP_WORDS = {'setjmp', 'longjmp', '_setjmp', '_longjmp', 'sigsetjmp',
             'siglongjmp', '__builtin_setjmp', '__builtin_longjmp', 'vfork',
             # exit() skips the exits (README): keep direct calls out of runs
             # so the balance check is strict; indirect ones are accepted by
             # cw-manager.h (via_exit)
             'exit', '_exit', '_Exit', '__builtin_exit', 'quick_exit'}


IDENT = re.compile(r'[A-Za-z_]\w*$')


class ParseError(Exception):
    pass


def tokenize(src):
    """-> (tokens [(text, offset)], directive offsets [(start, end)])"""
    toks, dirs = [], []
    i, n = 0, len(src)
    line_start = True
    while i < n:
        c = src[i]
        if c == '\\' and src.startswith('\n', i + 1):
            i += 2; continue
        if c == '\\' and src.startswith('\r\n', i + 1):
            i += 3; continue
        if c in ' \t\r\f\v':
            i += 1; continue
        if c == '\n':
            i += 1; line_start = True; continue
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            if j < 0:
                raise ParseError('unterminated comment')
            i = j + 2; continue
        if src.startswith('//', i):
            while i < n and src[i] != '\n':
                i += 2 if src[i] == '\\' and i + 1 < n else 1
            continue
        if c == '#' and line_start:
            s = i
            while i < n and src[i] != '\n':
                if src[i] == '\\' and i + 1 < n:
                    i += 2; continue
                if src.startswith('/*', i):
                    j = src.find('*/', i + 2)
                    i = n if j < 0 else j + 2; continue
                i += 1
            dirs.append((s, i)); continue
        line_start = False
        m = re.compile(r'(?:u8|[LuU])?(["\'])').match(src, i)
        if m:
            q = m.group(1); j = m.end()
            while j < n and src[j] != q:
                if src[j] == '\n':
                    raise ParseError('newline in literal')
                j += 2 if src[j] == '\\' else 1
            toks.append((src[i:j + 1], i)); i = j + 1; continue
        m = re.compile(r'[A-Za-z_$][A-Za-z0-9_$]*').match(src, i)
        if m:
            toks.append((m.group(), i)); i = m.end(); continue
        m = re.compile(r'\.?[0-9](?:[eEpP][+-]|[A-Za-z0-9_.\'])*').match(src, i)
        if m:
            toks.append((m.group(), i)); i = m.end(); continue
        for p in PUNCT3 + PUNCT2:
            if src.startswith(p, i):
                toks.append((p, i)); i += len(p); break
        else:
            toks.append((c, i)); i += 1
    return toks, dirs


class Parser:
    def __init__(self, toks):
        self.t = [x[0] for x in toks]
        self.n = len(self.t)
        self.match = {}
        stack = []
        for k, x in enumerate(self.t):
            if x in '([{':
                stack.append(k)
            elif x in ')]}':
                if not stack:
                    raise ParseError('unbalanced')
                self.match[stack.pop()] = k
        if stack:
            raise ParseError('unbalanced')
        self.blocks = []    # (open, close, [(s, e)], fn_index)
        self.cases = []     # (token index, switch start index)
        self.labels = []    # (token index, name, fn)
        self.gotos = []     # (token index, name, fn)
        self.fn = 0
        self.switch = None
        self.bad_fns = set()  # functions with statement macros, __label__

    def tok(self, i):
        return self.t[i] if i < self.n else ''

    def close(self, i):
        if i >= self.n or i not in self.match:
            raise ParseError('expected bracket at %d' % i)
        return self.match[i]

    def functions(self):
        """find top-level function bodies and parse them"""
        i, head = 0, []
        while i < self.n:
            x = self.t[i]
            if x in '([':
                head.append(x); i = self.match[i] + 1; continue
            if x == ';':
                head = []; i += 1; continue
            if x == '{':
                prev = self.t[i - 1] if i else ''
                body = ('(' in head and '=' not in head
                        and prev in (')', ';') and 'typedef' not in head)
                if body:
                    self.fn += 1
                    self.switch = None
                    self.block(i)
                    head = []
                i = self.match[i] + 1
                if body:
                    continue
                head.append('{}'); continue
            head.append(x); i += 1

    def block(self, o):
        c = self.close(o)
        stmts, i = [], o + 1
        while i < c:
            e = self.stmt(i)
            if e > c:
                raise ParseError('statement runs past block')
            stmts.append((i, e)); i = e
        self.blocks.append((o, c, stmts, self.fn))
        return c + 1

    def paren(self, i):
        if self.tok(i) != '(':
            raise ParseError('expected ( at %d' % i)
        return self.close(i) + 1

    def stmt(self, i):
        x = self.tok(i)
        if x == '{':
            return self.block(i)
        if x == 'if':
            e = self.stmt(self.paren(i + 1))
            if self.tok(e) == 'else':
                e = self.stmt(e + 1)
            return e
        if x in ('while', 'for'):
            return self.stmt(self.paren(i + 1))
        if x == 'switch':
            saved, self.switch = self.switch, i
            e = self.stmt(self.paren(i + 1))
            self.switch = saved
            return e
        if x == 'do':
            e = self.stmt(i + 1)
            if self.tok(e) != 'while':
                raise ParseError('do without while')
            e = self.paren(e + 1)
            if self.tok(e) != ';':
                raise ParseError('do-while without ;')
            return e + 1
        if x in ('case', 'default'):
            j = i + 1
            while self.tok(j) != ':':
                if self.tok(j) in ('(', '['):
                    j = self.close(j)
                if self.tok(j) in (';', '{', '}', ''):
                    raise ParseError('bad case')
                j += 1
            self.cases.append((i, self.switch))
            return self.stmt(j + 1)
        if (re.match(r'[A-Za-z_]\w*$', x) and x not in KEYWORDS
                and self.tok(i + 1) == ':'):
            self.labels.append((i, x, self.fn))
            return self.stmt(i + 2)
        if x == 'goto' and re.match(r'[A-Za-z_]\w*$', self.tok(i + 1)):
            self.gotos.append((i, self.tok(i + 1), self.fn))
        # expression statement, declaration, asm, macro call ...: up to ';'
        j = i
        while True:
            y = self.tok(j)
            if y == '':
                raise ParseError('eof in statement')
            if y == ';':
                return j + 1
            if y == '}':
                raise ParseError('} in statement at %d' % j)
            if y == '{':
                if j > i and self.t[j - 1] == ')' and self.t[j - 2:j] != ['(', ')'] \
                        and not self.is_cast_literal(j - 1):
                    # nested function or macro block FOO(x) { ... }
                    return self.close(j) + 1
                j = self.close(j) + 1; continue
            if y == '__label__':
                self.bad_fns.add(self.fn)   # nonlocal goto from nested fns
            if y in '([':
                k = self.close(j)
                if (y == '(' and j > i and IDENT.match(self.t[j - 1])
                        and self.t[j - 1] not in KEYWORDS
                        and IDENT.match(self.tok(k + 1))
                        and self.t[i] not in TYPE_WORDS):
                    # FOO(x) bar...: a statement macro without ';' or a
                    # macro type (vector(4, int) v): cannot be split safely
                    self.bad_fns.add(self.fn)
                j = k + 1; continue
            j += 1

    def is_cast_literal(self, rp):
        """is the ')' at rp the end of a cast (a compound literal follows)?"""
        lp = [k for k, v in self.match.items() if v == rp]
        if not lp:
            return False
        before = self.t[lp[0] - 1] if lp[0] else ''
        return not re.match(r'[A-Za-z_]\w*$', before) or before in (
            'return', 'sizeof', 'case')


def is_decl(t, s, e):
    x = t[s]
    if x in TYPE_WORDS:
        return True
    ident = re.compile(r'[A-Za-z_]\w*$')
    if ident.match(x) and x not in KEYWORDS:
        y = t[s + 1] if s + 1 < e else ''
        if ident.match(y) and y not in KEYWORDS:
            return True
        if y == '*':                      # T *p...  or  a * b;
            return True
    return False


def candidates(toks, dirs, p):
    t = p.t
    off = [x[1] for x in toks]
    dir_starts = [d[0] for d in dirs]
    bad_fns = set()
    for k in range(p.n):
        if t[k] == 'goto' and k + 1 < p.n and t[k + 1] == '*':
            bad_fns.add(k)
        if t[k] == '&&' and k + 1 < p.n and re.match(r'[A-Za-z_]', t[k + 1]) \
                and (k == 0 or not re.match(r'[\w)\]]', t[k - 1][-1])):
            bad_fns.add(k)
        if t[k] in ('asm', '__asm__', '__asm') and 'goto' in t[k + 1:k + 4]:
            bad_fns.add(k)
    # function extent: the outermost block per fn
    fn_range = {}
    for (o, c, stmts, fn) in p.blocks:
        r = fn_range.get(fn)
        if r is None or o < r[0]:
            fn_range[fn] = (o, c)
    bad = {fn for fn, (o, c) in fn_range.items() if any(o < k < c for k in bad_fns)}
    bad |= p.bad_fns
    jmp_tok = [k for k in range(p.n) if t[k] in JMP_WORDS]
    out = []
    for (o, c, stmts, fn) in p.blocks:
        if fn in bad or not stmts:
            continue
        last = len(stmts) - 1
        for a in range(len(stmts)):
            for b in range(a, len(stmts)):
                s, e = stmts[a][0], stmts[b][1]
                if any(is_decl(t, ss, ee) for ss, ee in stmts[a:b + 1]) and b != last:
                    continue
                lo, hi = off[s], off[e - 1]
                if any(lo < d < hi for d in dir_starts):
                    continue
                if any(s <= k < e for k in jmp_tok):
                    continue
                if any(s <= k < e and not (sw is not None and s <= sw < e)
                       for k, sw in p.cases):
                    continue
                names = {nm for k, nm, f in p.labels if s <= k < e}
                if any(nm in names and f == fn and not (s <= k < e)
                       for k, nm, f in p.gotos):
                    continue
                single = a == b and not is_decl(t, s, e)
                out.append((s, e, o, single))
    return out


def main():
    args = sys.argv[1:]
    seed, maxw = 1, 4
    while args and args[0].startswith('--'):
        if args[0] == '--seed':
            seed = int(args[1]); args = args[2:]
        elif args[0] == '--max':
            maxw = int(args[1]); args = args[2:]
        else:
            sys.exit('usage: wrap.py [--seed N] [--max K] IN.c OUT.c')
    inp, outp = args
    data = open(inp, 'rb').read()
    src = data.decode('latin-1')           # bytes 1:1, any encoding
    name = inp.rsplit('/', 1)[-1]
    rng = random.Random(seed * 1000003 + zlib.crc32(name.encode()) + zlib.crc32(data))
    try:
        toks, dirs = tokenize(src)
        p = Parser(toks)
        p.functions()
        cands = candidates(toks, dirs, p)
    except (ParseError, RecursionError) as ex:
        open(outp, 'wb').write(data)
        print('wrappers=0 candidates=0 unparsed=%s' % str(ex).replace(' ', '_'))
        return
    rng.shuffle(cands)
    want = rng.randint(1, maxw)
    chosen = []
    for (s, e, o, single) in cands:
        if len(chosen) >= want:
            break
        # chosen runs must be disjoint or nested (never overlap partially)
        if any(not (e <= s2 or e2 <= s or (s <= s2 and e2 <= e) or (s2 <= s and e <= e2))
               for (s2, e2, _, _) in chosen):
            continue
        if any((s, e) == (s2, e2) for (s2, e2, _, _) in chosen):
            continue
        chosen.append((s, e, o, single and rng.random() < 0.35))
    ins = []   # (offset, order, text)
    for (s, e, o, single) in chosen:
        lo = toks[s][1]
        hi = toks[e - 1][1] + len(toks[e - 1][0])
        if single:
            ins.append((lo, 1, -(e - s), 'with (cw_enter() as cwv) '))
        else:
            ins.append((lo, 1, -(e - s), 'with (cw_enter()) { '))
            ins.append((hi, 0, 0, ' }'))
    # at one offset: closings first, then openings, outer (longer) runs first
    ins.sort(key=lambda x: x[:3])
    res, pos = [], 0
    for (at, _, _, text) in ins:
        res.append(src[pos:at]); res.append(text); pos = at
    res.append(src[pos:])
    open(outp, 'wb').write(''.join(res).encode('latin-1'))
    print('wrappers=%d candidates=%d' % (len(chosen), len(cands)))


if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    main()
