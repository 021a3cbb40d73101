#!/usr/bin/env python3
"""diag.py OUTDIR FILE.c... -- do gcc's diagnostics on translated files point
at the original file and line?

For each FILE.c, a broken copy OUTDIR/NAME.c gets two probes, as lines of
their own: `(void)cw_undeclared_body;` as the first line of the first
function body (after a line that is only `{` or a definition line ending in `) {`), and
`int cw_probe_tail = cw_undeclared_tail;` appended after the last line.
The copy is translated with #line on (cwith OUTDIR/NAME.c -o OUTDIR/t.c),
compiled with gcc -fsyntax-only, and gcc must report
`OUTDIR/NAME.c:LINE:COL: error: 'cw_undeclared_X' undeclared` at both lines.
With --wrap, the copy is first passed through wrap.py (with-statements on
the same lines) and compiled with cw-manager.h force-included.
Env: CWITH, CWITH_RT.  Prints PASS/FAIL NAME lines.
"""
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def check(path, outdir, wrap):
    name = os.path.basename(path)
    tag = ('wrapped ' if wrap else '') + name
    data = open(path, 'rb').read()
    nl = b'\r\n' if b'\r\n' in data else b'\n'
    lines = data.split(nl)
    # lines[-1] is b'' when the file ends with a newline
    ends_nl = lines[-1] == b''
    if ends_nl:
        lines = lines[:-1]
    body = None
    for k, ln in enumerate(lines):
        if (re.match(rb'^\{\s*$', ln) and k > 0 and lines[k - 1].rstrip().endswith(b')')) \
                or re.match(rb'^\w.*\)\s*\{\s*$', ln):
            body = k + 1
            break
    if body is None:
        return 'SKIP %s: no function body found' % tag
    lines.insert(body, b'  (void)cw_undeclared_body;')
    lines.append(b'int cw_probe_tail = cw_undeclared_tail;')
    want = {'cw_undeclared_body': body + 1, 'cw_undeclared_tail': len(lines)}
    sub = os.path.join(outdir, ('w-' if wrap else '') + name[:-2])
    os.makedirs(sub, exist_ok=True)
    broken = os.path.join(sub, name)
    open(broken, 'wb').write(nl.join(lines) + nl)
    if wrap:
        r = subprocess.run([sys.executable, os.path.join(here, '..', 'wrap.py'),
                            '--seed', '3', broken, broken + '.w'],
                           capture_output=True)
        os.replace(broken + '.w', broken)
        if r.stdout.startswith(b'wrappers=0'):
            return 'SKIP %s: nothing wrapped' % tag
    out = os.path.join(sub, 't.c')
    r = subprocess.run([os.environ['CWITH'], '-include', os.path.join(here, 'cw-manager.h'),
                        broken, '-o', out], capture_output=True)
    if r.returncode != 0:
        first = r.stderr.decode(errors='replace').splitlines()[:1]
        if wrap and first and 'cannot tell the return type' in first[0]:
            # a documented refusal (README "Return types"): the header's
            # macro (LUA_API) is defined in a header cwith does not read
            return 'SKIP %s: refused as documented: %s' % (tag, first[0].split('error: ')[-1][:90])
        return 'FAIL %s: cwith: %s' % (tag, first)
    cmd = ['gcc', '-fsyntax-only', '-w', '-I', os.path.dirname(path)]
    if wrap:
        cmd += ['-I', os.environ['CWITH_RT'], '-include', os.path.join(here, 'cw-manager.h')]
    r = subprocess.run(cmd + [out], capture_output=True, env=dict(os.environ, LC_ALL='C'))
    err = r.stderr.decode(errors='replace')
    for ident, line in want.items():
        pat = r"^%s:%d:\d+: error: '%s' undeclared" % (re.escape(broken), line, ident)
        if not re.search(pat, err, re.M):
            got = [ln for ln in err.splitlines() if ident in ln and 'error' in ln][:1]
            return 'FAIL %s: expected %s:%d for %s, gcc said %s' % (
                tag, name, line, ident, got)
    return 'PASS %s (lines %d, %d)' % (tag, want['cw_undeclared_body'],
                                        want['cw_undeclared_tail'])


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    wrap = False
    for f in files:
        if f == '--wrap':
            wrap = True
            continue
        print(check(f, outdir, wrap), flush=True)


if __name__ == '__main__':
    main()
