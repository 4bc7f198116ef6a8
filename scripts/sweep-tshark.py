#!/usr/bin/env python3
"""Field-by-field comparison of osidump against tshark 4.0 (default
preferences) on captures: a sweep over captures we do not ship (public
test suites), to find what differs before users do.

usage: scripts/sweep-tshark.py [--bin OSIDUMP] [--out DIR] FILE...
       (or `-` to read the file list from stdin; xargs -P2 -n 20 runs it in parallel)

For each capture, the fields compared are those osidump prints (its -T json
keys) that tshark knows; both run `-T fields` with the same -e list and every
differing cell is written to DIR/<path with / as _>.tsv as
    file, frame, field, tshark's value, osidump's value
(frame 0, field frame.count when the two print a different number of
frames: link types tshark cannot read). stdout gets one line a capture:
file, fields compared, cells that differ."""
import json, os, subprocess, sys, hashlib
args = sys.argv[1:]
BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'target', 'release', 'osidump'); OUT = '/tmp/sweep-out'
while args and args[0].startswith('--'):
    if args[0] == '--bin': BIN = args[1]; args = args[2:]
    elif args[0] == '--out': OUT = args[1]; args = args[2:]
    else: break
if args == ['-']: args = [l.strip() for l in sys.stdin if l.strip()]
os.makedirs(OUT, exist_ok=True)
TSH = '/tmp/osidump-sweep-tshark'  # an empty profile: default preferences
os.makedirs(TSH, exist_ok=True)
env = dict(os.environ, TZ='UTC', HOME=TSH, WIRESHARK_CONFIG_DIR=TSH)
KNOWN = {l.split('\t')[2] for l in subprocess.run(['tshark', '-G', 'fields'], capture_output=True,
         env=env).stdout.decode('utf-8', 'replace').splitlines() if l.startswith('F\t')}
def keys(o, acc):
    if isinstance(o, dict):
        for k, v in o.items():
            if '.' in k or k in KNOWN: acc.add(k)
            keys(v, acc)
    elif isinstance(o, list):
        for v in o: keys(v, acc)
def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, env=env, timeout=300).stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return None
for f in args:
    name = f.replace('/', '_')
    out = os.path.join(OUT, name + '.tsv')
    js = run([BIN, 'dissect', f, '-T', 'json'])
    if js is None: print(f"{f}\tTIMEOUT"); continue
    ks = set()
    for line in js.splitlines():
        try: keys(json.loads(line), ks)
        except Exception: pass
    fields = sorted(k for k in ks if k in KNOWN)
    rows = []
    for i in range(0, len(fields), 400):
        chunk = fields[i:i+400]
        ea = []
        for k in chunk: ea += ['-e', k]
        t = run(['tshark', '-n', '-r', f, '-T', 'fields'] + ea)
        o = run([BIN, 'dissect', f, '-T', 'fields'] + ea)
        if t is None or o is None: continue
        tl = t.split('\n'); ol = o.split('\n')
        if tl and tl[-1] == '': tl.pop()
        if ol and ol[-1] == '': ol.pop()
        if len(tl) != len(ol):
            rows.append(f"0\tframe.count\t{len(tl)}\t{len(ol)}")
        for n, (a, b) in enumerate(zip(tl, ol), 1):
            if a == b: continue
            ac = a.split('\t'); bc = b.split('\t')
            for j, k in enumerate(chunk):
                x = ac[j] if j < len(ac) else ''; y = bc[j] if j < len(bc) else ''
                if x != y: rows.append(f"{n}\t{k}\t{x[:300]}\t{y[:300]}")
    with open(out, 'w') as fh:
        for r in rows: fh.write(f + '\t' + r + '\n')
    print(f"{f}\t{len(fields)}\t{len(rows)}", flush=True)
