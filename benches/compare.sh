#!/usr/bin/env bash
# Throughput of osidump against tcpdump and tshark on the same file, in the
# same run. Prints wall time (best of N), packets/s and the ratios.
#
#   benches/compare.sh [CAPTURE] [RUNS]
#
# Without CAPTURE, builds a large capture by repeating samples/web_visit.pcap
# (mergecap/editcap would shift times; we just concatenate records, which
# keeps every frame real). Needs tcpdump and tshark (apt-get install tcpdump
# tshark) and a release build (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${2:-3}"
bin=target/release/osidump
[ -x "$bin" ] || cargo build --release --quiet

file="${1:-}"
if [ -z "$file" ]; then
  file="$(mktemp --suffix=.pcap)"
  trap 'rm -f "$file"' EXIT
  python3 - "$file" <<'PY'
import struct, sys, glob
out = open(sys.argv[1], "wb")
header = None
records = []
for path in sorted(glob.glob("samples/*.pcap")):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    if magic not in (0xa1b2c3d4, 0xa1b23c4d) or struct.unpack("<I", data[20:24])[0] != 1:
        continue  # little-endian Ethernet pcaps only
    nano = magic == 0xa1b23c4d
    off = 24
    while off + 16 <= len(data):
        sec, frac, incl, orig = struct.unpack("<IIII", data[off:off+16])
        if nano:
            frac //= 1000
        records.append(struct.pack("<IIII", sec, frac, incl, orig) + data[off+16:off+16+incl])
        off += 16 + incl
out.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
total = 0
while total < 200 * 1024 * 1024:
    for r in records:
        out.write(r)
        total += len(r)
PY
fi

count=$("$bin" dissect -T json "$file" | wc -l)
size=$(stat -c %s "$file")
echo "file: $file ($((size / 1024 / 1024)) MiB, $count packets)"

best() {
  local best=999999
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $e - $s))")
  done
  echo "$best"
}

declare -A t
t[osidump_json]=$(best "$bin" dissect -T json "$file")
t[osidump_line]=$(best "$bin" dissect -T line "$file")
t[osidump_tree]=$(best "$bin" dissect "$file")
t[tcpdump]=$(best tcpdump -nn -r "$file")
t[tcpdump_v]=$(best tcpdump -nn -v -r "$file")
if command -v tshark >/dev/null; then
  t[tshark_json]=$(best tshark -n -T json -r "$file")
  t[tshark_line]=$(best tshark -n -r "$file")
fi
printf '%-14s %10s %14s\n' command seconds packets/s
for k in osidump_json osidump_line osidump_tree tcpdump tcpdump_v tshark_json tshark_line; do
  [ -n "${t[$k]:-}" ] || continue
  python3 -c "print(f'{\"$k\":<14} {${t[$k]}:10.3f} {$count/${t[$k]}:14,.0f}')"
done
python3 - <<PY
t = {"oj": ${t[osidump_json]}, "ol": ${t[osidump_line]}, "td": ${t[tcpdump]}, "tj": ${t[tshark_json]:-0}, "tl": ${t[tshark_line]:-0}}
print(f"osidump line vs tcpdump -nn: {t['td']/t['ol']:.2f}x tcpdump's speed")
if t["tj"]:
    print(f"osidump json vs tshark -T json: {t['tj']/t['oj']:.1f}x tshark's speed")
    print(f"osidump line vs tshark: {t['tl']/t['ol']:.1f}x tshark's speed")
PY
