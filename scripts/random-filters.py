#!/usr/bin/env python3
"""Random display filters against tshark: the frames each filter matches.

    scripts/random-filters.py OSIDUMP SEED N CAPTURE...

For each capture: up to 40 random field names tshark shows in its first 300
frames (`-T json`), their values (`-T fields -E occurrence=a`), and N filters
of 22 shapes built from them (existence, comparisons, ===/!==, contains,
matches, sets and ranges, len(), count(), upper()/lower(), slices, bitwise
and, arithmetic, layer #1, and/or/not). tshark and OSIDUMP must match the same
frames, or both refuse the filter. Prints one DIFF (other frames) or ERRDIFF
(one side refused) block per disagreement; nothing when all agree. A field of
a protocol osidump does not decode is an ERRDIFF that is expected ("not
supported", exit 2). Needs tshark; not part of the test suite (tests compare
with goldens made by tshark, tests/golden/filters*.tsv).
"""
import json, random, subprocess, sys, re
BIN, seed, N = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
caps = sys.argv[4:]
def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, errors='replace', timeout=120)
    return p.returncode, p.stdout, p.stderr
def fields_of(cap):
    rc, out, _ = run(['tshark', '-n', '-r', cap, '-T', 'json', '-c', '300'])
    names = set()
    def walk(d):
        if isinstance(d, dict):
            for k, v in d.items():
                if '.' in k and not k.endswith('_tree') and ' ' not in k and not k.startswith('_ws') and ':' not in k:
                    names.add(k)
                walk(v)
        elif isinstance(d, list):
            for x in d: walk(x)
    try: walk(json.loads(out))
    except Exception: pass
    return sorted(names)
def values(cap, fs):
    cmd = ['tshark', '-n', '-r', cap, '-c', '300', '-T', 'fields', '-E', 'occurrence=a', '-E', 'aggregator=\x01', '-E', 'separator=\x02']
    for f in fs: cmd += ['-e', f]
    rc, out, _ = run(cmd)
    vals = {f: [] for f in fs}
    for line in out.split('\n'):
        if not line: continue
        cells = line.split('\x02')
        for f, c in zip(fs, cells):
            if c: vals[f].extend(x for x in c.split('\x01') if x)
    return vals
def lit(v):
    if re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', v) or re.fullmatch(r'0x[0-9a-fA-F]+', v): return v
    if re.fullmatch(r'([0-9a-f]{2}[:.-])+[0-9a-f]{2}', v): return v
    if re.fullmatch(r'[0-9.]+', v) and v.count('.') == 3: return v
    if re.fullmatch(r'[0-9a-f:]+', v) and '::' in v: return v
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'
def isnum(v): return re.fullmatch(r'-?[0-9]+', v) is not None
rnd = random.Random(seed)
for cap in caps:
    names = fields_of(cap)
    if not names: continue
    pick = rnd.sample(names, min(40, len(names)))
    vals = values(cap, pick)
    pick = [f for f in pick if vals[f]]
    if not pick: continue
    filters = []
    for _ in range(N):
        f = rnd.choice(pick); v = rnd.choice(vals[f]); g = rnd.choice(pick); w = rnd.choice(vals[g])
        k = rnd.randrange(22)
        if k == 0: e = f
        elif k == 1: e = f'{f} == {lit(v)}'
        elif k == 2: e = f'{f} != {lit(v)}'
        elif k == 3: e = f'{f} > {lit(v)}' if isnum(v) else f'{f} contains {lit(v[:3])}'
        elif k == 4: e = f'{f} <= {lit(v)}' if isnum(v) else f'{f} matches "^{re.escape(v[:4])}"'
        elif k == 5: e = f'!{f} && {g}'
        elif k == 6: e = f'{f} == {lit(v)} || {g} == {lit(w)}'
        elif k == 7: e = f'{f} in {{{lit(v)} {lit(w) if f == g else lit(v)}}}'
        elif k == 8: e = f'len({f}) > {rnd.randrange(8)}'
        elif k == 9: e = f'count({f}) == {rnd.randrange(1,3)}'
        elif k == 10: e = f'{f}[0:1] == {rnd.choice(["00","01","45","ff","47"])}'
        elif k == 11: e = f'{f}[-1:] == {rnd.choice(["00","01","0a","ff"])}'
        elif k == 12: e = f'upper({f}) contains "{v[:2].upper()}"'
        elif k == 13: e = f'{f} & 1' if isnum(v) else f'lower({f}) == {lit(v.lower())}'
        elif k == 14: e = f'{f} in {{{v}..{int(v)+5}}}' if isnum(v) else f'{f} ~ "{re.escape(v[-3:])}"'
        elif k == 15: e = f'{f} eq {lit(v)} and not {g}'
        elif k == 16: e = f'{f}#1 == {lit(v)}'
        elif k == 17: e = f'{f} + 1 == {int(v)+1}' if isnum(v) else f'{f} != {lit(v)} && {f}'
        elif k == 18: e = f'{f} === {lit(v)}'
        elif k == 19: e = f'{f} !== {lit(v)}'
        elif k == 20: e = f'{f}.{rnd.choice(["foo","len"])}' if rnd.random()<0.3 else f'({f} || {g}) && !({f} && {g})'
        else: e = f'{f} == {lit(v)} && {g} != {lit(w)}'
        filters.append(e)
    for e in filters:
        rt, ot, et = run(['tshark', '-n', '-r', cap, '-Y', e, '-T', 'fields', '-e', 'frame.number'])
        ro, oo, eo = run([BIN, 'dissect', '-r', cap, '-Y', e, '-T', 'fields', '-e', 'frame.number'])
        if (rt != 0) != (ro != 0):
            print(f'ERRDIFF {cap} [{e}]\n  tshark rc={rt} {et.strip()[:200]}\n  osidump rc={ro} {eo.strip()[:200]}', flush=True)
        elif rt == 0 and ot != oo:
            a = ot.split(); b = oo.split()
            print(f'DIFF {cap} [{e}] tshark {len(a)} osidump {len(b)}\n  t: {" ".join(a[:15])}\n  o: {" ".join(b[:15])}', flush=True)
